import { describe, expect, it } from 'vitest';
import { classesInMarkup, criticalCss, parseStylesheet } from '../../src/prerender/critical-css.ts';

const CSS = [
  ':root{--text:#111}',
  'body{margin:0}',
  '.release h1{font-size:2rem}',
  '.search-view .facet,.release-facts dt{font-weight:700}',
  '.result-title{margin:0}',
  '.skip-link:not(.shown){position:absolute}',
  '@media (max-width:40rem){.release{padding:0}.facet{display:none}}',
  '@media print{.facet{display:none}}',
  '@font-face{font-family:x;src:local(x)}',
  '.quote::before{content:"}{"}',
].join('');

const keep = (classes: string[]) => criticalCss(parseStylesheet(CSS), new Set(classes));

describe('criticalCss', () => {
  it('keeps the rules a page can use and drops the others', () => {
    const css = keep(['release', 'release-facts', 'skip-link']);
    expect(css).toContain(':root{--text:#111}');
    expect(css).toContain('body{margin:0}');
    expect(css).toContain('.release h1{font-size:2rem}');
    // One selector of the list applies, so the rule stays whole.
    expect(css).toContain('.search-view .facet,.release-facts dt{font-weight:700}');
    // A class under :not() is not needed for the rule to apply.
    expect(css).toContain('.skip-link:not(.shown){position:absolute}');
    expect(css).toContain('@media (max-width:40rem){.release{padding:0}}');
    expect(css).toContain('@font-face{font-family:x;src:local(x)}');
    expect(css).not.toContain('.result-title');
    expect(css).not.toContain('.facet{display:none}');
    expect(css).not.toContain('@media print');
    expect(css).not.toContain('.quote');
  });

  it('reads comments as nothing, and dots in attribute selectors as no class', () => {
    const css = '/*! licence {;} */a[href$=".pdf"]{color:red}/* note */.b{color:blue}';
    const kept = criticalCss(parseStylesheet(css), new Set());
    expect(kept).toBe('a[href$=".pdf"]{color:red}');
  });

  it('needs one alternative of :is() or :where(), not all', () => {
    const css = ':is(.release,.result) h1{margin:0}:where(.facet) p{margin:0}';
    expect(criticalCss(parseStylesheet(css), new Set(['release']))).toBe(css);
  });

  it('reads an escaped quote as part of its string', () => {
    const css = '.quote::before{content:"\\"}"}.result{margin:0}';
    expect(criticalCss(parseStylesheet(css), new Set(['quote']))).toBe(
      '.quote::before{content:"\\"}"}',
    );
  });

  it('reads braces inside strings as text', () => {
    expect(keep(['quote'])).toContain('.quote::before{content:"}{"}');
  });

  it('reports a stylesheet whose block is not closed', () => {
    expect(() => parseStylesheet('.a{color:red')).toThrow('a block is not closed');
  });
});

describe('classesInMarkup', () => {
  it('collects every class of every element', () => {
    const used = classesInMarkup('<p class="a  b"><span class="c">x</span><i class="">y</i></p>');
    expect([...used].sort()).toEqual(['a', 'b', 'c']);
  });
});
