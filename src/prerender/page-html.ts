/**
 * Fills the app's built index.html with one page: its title, its description and what #root
 * shows before the app starts. Every inserted text is escaped: corpus text is untrusted.
 */

import { PRERENDERED_ATTRIBUTE } from '../app/static/prerendered.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

type Page = {
  /** The page's own title; the site's name is added as PageTitle adds it. */
  title: string;
  description: string;
  /** Markup for #root, already rendered (and so escaped) by React. */
  root: string;
};

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta name="description" content="[^"]*"\s*\/?>/;
const ROOT = '<div id="root"></div>';

/** Throws, naming what is missing, when the template is not the app's index.html. */
export function checkTemplate(template: string) {
  const missing = [
    TITLE.test(template) ? null : '<title>',
    DESCRIPTION.test(template) ? null : '<meta name="description">',
    template.includes(ROOT) ? null : ROOT,
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`index.html: ${missing.join(', ')} not found; is it the app's built page?`);
  }
}

export function pageHtml(template: string, page: Page): string {
  // Replacer functions: a "$&" in corpus text must stay text, not name a match.
  return template
    .replace(TITLE, () => `<title>${escapeHtml(`${page.title} · Communiqué`)}</title>`)
    .replace(
      DESCRIPTION,
      () => `<meta name="description" content="${escapeHtml(page.description)}" />`,
    )
    .replace(ROOT, () => `<div id="root" ${PRERENDERED_ATTRIBUTE}>${page.root}</div>`);
}
