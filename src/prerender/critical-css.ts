/**
 * The part of the app's stylesheet that one static page uses, so that it can be written into
 * the page without repeating the whole stylesheet in every page (docs/decisions/0008). A rule
 * is kept when one of its selectors names only classes the page has; rules that name no class,
 * and at-rules other than @media and @supports, are always kept.
 */

type Rule = { text: string; needs: string[][] } | { media: string; rules: Rule[] };

/** Where the string opened by the quote at `open` ends, backslash escapes skipped. */
function stringEnd(css: string, open: number): number {
  const quote = css[open];
  for (let i = open + 1; i < css.length; i += 1) {
    if (css[i] === '\\') i += 1;
    else if (css[i] === quote) return i;
  }
  throw new Error('stylesheet: a string is not closed');
}

/** The stylesheet without comments (licence comments included), strings left whole. */
function withoutComments(css: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('stylesheet: a comment is not closed');
      out += css.slice(from, i);
      from = end + 2;
      i = end + 1;
    }
  }
  return out + css.slice(from);
}

/** Index of the brace closing the block opened at `open`, skipping strings. */
function closing(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === '{') depth += 1;
    else if (c === '}' && (depth -= 1) === 0) return i;
  }
  throw new Error('stylesheet: a block is not closed');
}

/** Selectors split at top-level commas, and the classes each one needs. */
function classesOf(prelude: string): string[][] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i += 1) {
    const c = prelude[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      selectors.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  selectors.push(prelude.slice(start));
  // Not needed for a selector to apply: classes inside :not(), :is(), :where() and :has() (one
  // alternative may do), and dots inside attribute selectors and strings, which are no classes.
  const plain = (selector: string) =>
    selector
      .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/:(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '');
  return selectors.map((s) =>
    [...plain(s).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''),
  );
}

export function parseStylesheet(stylesheet: string): Rule[] {
  return parseRules(withoutComments(stylesheet));
}

function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (brace < 0 || (semi >= 0 && semi < brace && css.slice(i, semi).trim().startsWith('@'))) {
      // A statement such as @import or @charset, or trailing text.
      const end = semi < 0 ? css.length : semi + 1;
      const text = css.slice(i, end).trim();
      if (text) rules.push({ text, needs: [[]] });
      i = end;
      continue;
    }
    const end = closing(css, brace);
    const prelude = css.slice(i, brace).trim();
    const block = css.slice(i, end + 1).trim();
    if (/^@(media|supports)\b/.test(prelude)) {
      rules.push({ media: prelude, rules: parseRules(css.slice(brace + 1, end)) });
    } else {
      rules.push({ text: block, needs: prelude.startsWith('@') ? [[]] : classesOf(prelude) });
    }
    i = end + 1;
  }
  return rules;
}

export function criticalCss(rules: readonly Rule[], used: ReadonlySet<string>): string {
  let out = '';
  for (const rule of rules) {
    if ('media' in rule) {
      const inner = criticalCss(rule.rules, used);
      if (inner) out += `${rule.media}{${inner}}`;
    } else if (rule.needs.some((classes) => classes.every((c) => used.has(c)))) {
      out += rule.text;
    }
  }
  return out;
}

/** The classes a page's markup uses. */
export function classesInMarkup(html: string): Set<string> {
  const used = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) used.add(name);
  }
  return used;
}
