import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkTemplate, escapeHtml, pageHtml } from '../../src/prerender/page-html.ts';
import { inlineStylesheet } from '../../src/prerender/page-shell.ts';
import { TEMPLATE } from './prerender-helpers.ts';

describe('pageHtml', () => {
  it('puts the title, the description and the markup into the built page', () => {
    const html = pageHtml(TEMPLATE, {
      title: 'Outcome of a call',
      description: 'The ministers spoke.',
      root: '<main><h1>Outcome of a call</h1></main>',
    });
    expect(html).toContain('<title>Outcome of a call · Communiqué</title>');
    expect(html).toContain('<meta name="description" content="The ministers spoke." />');
    expect(html).toContain(
      '<div id="root" data-prerendered><main><h1>Outcome of a call</h1></main></div>',
    );
    expect(html).toContain('<script type="module" crossorigin src="/assets/app.js"></script>');
  });

  it('writes hostile text as text, and "$&" as itself', () => {
    const html = pageHtml(TEMPLATE, {
      title: '</title><script>alert(1)</script> $& $1',
      description: '"><img src=x onerror=alert(1)>',
      root: '',
    });
    expect(html).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; $&amp; $1 · Communiqué</title>',
    );
    expect(html).toContain('content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('refuses a page that is not the app’s, naming what is missing', () => {
    expect(() => checkTemplate('<html><title>x</title></html>')).toThrow(
      'index.html: <meta name="description">, <div id="root"></div> not found',
    );
    expect(() => checkTemplate(TEMPLATE)).not.toThrow();
  });
});

describe('inlineStylesheet', () => {
  it('writes the styles into the head, allows exactly them, and moves the link below', () => {
    const html = inlineStylesheet(TEMPLATE, 'h1{color:red}');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<style>h1{color:red}</style>');
    expect(head).not.toContain('rel="stylesheet"');
    // The whole stylesheet still comes, at the end of the body, for what the app draws.
    expect(html).toMatch(
      /<link rel="stylesheet" crossorigin href="\/assets\/app.css">\n\s*<\/body>/,
    );
    // A browser applies an inline style only if the policy names the SHA-256 of its text.
    const text = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(text).digest('base64');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}'`);
  });

  it('leaves the link when the styles cannot move into the page as they are', () => {
    expect(inlineStylesheet(TEMPLATE, 'a{background:url(x.png)}')).toBe(TEMPLATE);
    expect(inlineStylesheet(TEMPLATE, 'a{content:"</style>"}')).toBe(TEMPLATE);
    expect(inlineStylesheet(TEMPLATE, '@import "more.css";a{color:red}')).toBe(TEMPLATE);
    // The parser would turn CR into LF before the browser hashes the text: the hash would miss.
    expect(inlineStylesheet(TEMPLATE, 'a{color:red}\r\nb{color:blue}')).toBe(TEMPLATE);
  });
});
