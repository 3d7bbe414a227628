import { describe, expect, it } from 'vitest';
import { jsonElementLines } from '../../src/ingest/json-element-lines.ts';
import { parseJsonReleases, parseNdjsonReleases } from '../../src/ingest/parse-json-releases.ts';
import { fixtureText } from './ingest-helpers.ts';

const record = (over: Record<string, unknown> = {}) => ({
  id: '2022-01-01-a',
  title: 'A',
  date: '2022-01-01',
  source: 'Ministry',
  type: 'other',
  people: [],
  countries: [],
  organizations: [],
  body: [],
  ...over,
});

describe('parseJsonReleases', () => {
  it('accepts an array of records and drops links that are not http(s)', () => {
    const { records, problems } = parseJsonReleases(fixtureText('json/releases.json'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.release.id)).toEqual([
      '2022-09-01-korea-chile-trade-dialogue',
      '2022-08-15-liberation-day-message',
    ]);
    expect(records[1]?.release.url).toBeUndefined();
  });

  it('accepts a corpus file', () => {
    const { records, problems } = parseJsonReleases(fixtureText('json/corpus.json'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.release.title)).toEqual(['Year-End Briefing']);
  });

  it('names the failing record and field, on the line where the record starts', () => {
    const { records, problems } = parseJsonReleases(fixtureText('bad/bad-record.json'));
    expect(records).toHaveLength(3);
    expect(problems).toEqual([{ line: 8, reason: 'releases[3].date: is not a real date' }]);
  });

  it('names the index in a bare array', () => {
    const text = JSON.stringify([record(), record({ title: '' })], null, 2);
    const { problems } = parseJsonReleases(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^\[1\]\.title: /);
    expect(problems[0]?.line).toBe(text.split('\n').findIndex((l, i) => i > 1 && l === '  {') + 1);
  });

  it('rejects text that is not JSON, or JSON of another shape', () => {
    expect(parseJsonReleases('[\n{"id": }\n]').problems[0]).toMatchObject({ line: 2 });
    const long = `[\n${'{"a": 1},\n'.repeat(9)}{"id": }\n${'{"a": 1},\n'.repeat(9)}]`;
    expect(parseJsonReleases(long).problems[0]).toMatchObject({ line: 11 });
    expect(parseJsonReleases('[\n1\n2]').problems[0]).toMatchObject({ line: 3 });
    expect(parseJsonReleases('[\n1,\n').problems[0]).toMatchObject({ line: 3 });
    expect(parseJsonReleases('{"hello": 1}').problems[0]?.reason).toMatch(/expected an array/);
    expect(
      parseJsonReleases('{"format": 2, "countries": {}, "releases": []}').problems[0]?.reason,
    ).toMatch(/^format/);
  });
});

describe('parseNdjsonReleases', () => {
  it('reads one record a line, skipping blank lines, and cleans control characters', () => {
    const { records, problems } = parseNdjsonReleases(fixtureText('json/releases.ndjson'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(records[1]?.release.body).toEqual(['The ministers spoke by telephone about fisheries.']);
  });

  it('rejects a record with its line and field', () => {
    const { records, problems } = parseNdjsonReleases(fixtureText('bad/bad-record.ndjson'));
    expect(records).toHaveLength(1);
    expect(problems).toEqual([{ line: 2, reason: expect.stringMatching(/^type: /) }]);
  });

  it('rejects a line that is not JSON', () => {
    const text = `${JSON.stringify(record())}\n{oops\n`;
    expect(parseNdjsonReleases(text).problems).toEqual([
      { line: 2, reason: expect.stringMatching(/not valid JSON/) },
    ]);
  });
});

describe('jsonElementLines', () => {
  it('finds where each release starts, ignoring brackets inside strings', () => {
    const text =
      '{\n "format": 1, "note": "[x, {y}]",\n "releases": [\n  {"a": "]"},\n\n  {"b": [1, 2]}\n ]\n}';
    expect(jsonElementLines(text)).toEqual([4, 6]);
    expect(jsonElementLines('[1,\n2,\n"3"]')).toEqual([1, 2, 3]);
  });
});
