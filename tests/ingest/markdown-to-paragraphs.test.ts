import { describe, expect, it } from 'vitest';
import { markdownToParagraphs } from '../../src/ingest/markdown-to-paragraphs.ts';

describe('markdownToParagraphs', () => {
  it('joins hard-wrapped lines and splits at blank lines', () => {
    expect(markdownToParagraphs('One line\nwrapped here.\n\nSecond.')).toEqual([
      'One line wrapped here.',
      'Second.',
    ]);
  });

  it('keeps list items, headings and hard-broken lines as paragraphs of their own', () => {
    const md = [
      '## Plan',
      'Steps:',
      '-   first item',
      '    continued',
      '* second item',
      '1. numbered item',
      '',
      'Signed,  ',
      'Marta Quill',
    ].join('\n');
    expect(markdownToParagraphs(md)).toEqual([
      'Plan',
      'Steps:',
      'first item continued',
      'second item',
      '1. numbered item',
      'Signed,',
      'Marta Quill',
    ]);
  });

  it('keeps the text of emphasis, links, images and tags, and drops end markers', () => {
    const md = [
      'A **bold** and *italic* [link](https://example.org/a_(b)) ![map](m.png) <https://example.org>.',
      '',
      'x<sup>2</sup> <span class="u">under</span><br />next',
      '',
      '\\###',
      '',
      '**\\###**',
      '',
      '-----',
    ].join('\n');
    expect(markdownToParagraphs(md)).toEqual([
      'A bold and italic link map https://example.org.',
      'x2 under',
      'next',
    ]);
  });

  it('decodes entities once, so encoded markup stays text', () => {
    expect(markdownToParagraphs('Fish &amp; chips &amp;lt;b&amp;gt; &#8212; &#x41;')).toEqual([
      'Fish & chips &lt;b&gt; — A',
    ]);
    expect(markdownToParagraphs('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      '<script>alert(1)</script>',
    ]);
  });

  it('drops the dateline of the first paragraph only', () => {
    expect(markdownToParagraphs('WASHINGTON – Today, the talks began.\n\nROME — later.')).toEqual([
      'Today, the talks began.',
      'ROME — later.',
    ]);
  });

  it('strips a trailing end marker from the last paragraph', () => {
    expect(markdownToParagraphs('The end of it. \\###')).toEqual(['The end of it.']);
  });
});
