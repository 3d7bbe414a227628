import { createHash } from 'node:crypto';

const STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/;
const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLE_SOURCES = "style-src 'self'";

/** The address of the page's one stylesheet, if it has one. */
export const stylesheetHref = (template: string) => STYLESHEET.exec(template)?.[1];

/** The address of the app's script in the built page. */
export const appScriptSrc = (template: string) => APP_SCRIPT.exec(template)?.[1];

/**
 * Styles that can be written into the page as they are. The browser hashes the element's text
 * after the parser has turned CR into LF and NUL into U+FFFD; relative addresses (url(),
 * @import) would resolve against the page instead of the stylesheet.
 */
const inlinable = (css: string) => !/url\(|@import|<\/style|[\r\0]/i.test(css);

/**
 * The page with the part of its stylesheet that it uses written into its head, and that part's
 * hash added to the page's Content-Security-Policy so that the browser applies it: a static page
 * then paints from its own bytes, without waiting for a second file (docs/decisions/0008). The
 * whole stylesheet, for what the app draws once it starts, moves to the end of the body, where
 * it holds back nothing above it. Left as it is when the styles cannot move.
 */
export function inlineStylesheet(template: string, css: string): string {
  const link = STYLESHEET.exec(template)?.[0];
  if (!link || !inlinable(css) || !template.includes(STYLE_SOURCES)) return template;
  if (!template.includes('</body>')) return template;
  const hash = createHash('sha256').update(css).digest('base64');
  return template
    .replace(link, () => `<style>${css}</style>`)
    .replace('</body>', () => `  ${link}\n  </body>`)
    .replace(STYLE_SOURCES, () => `${STYLE_SOURCES} 'sha256-${hash}'`);
}

/**
 * The page with the app's script replaced by the static pages' own (start-after-paint.ts),
 * which adds the app's script, named in `data-app`, once the page has been painted. Both
 * addresses are the build's own file names (readBuiltSite).
 */
export function startAfterPaint(template: string, startSrc: string): string {
  return template.replace(
    APP_SCRIPT,
    (_tag, app: string) =>
      `<script type="module" crossorigin src="${startSrc}" data-app="${app}"></script>`,
  );
}
