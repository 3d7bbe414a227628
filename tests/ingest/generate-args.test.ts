import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../src/ingest/generate/parse-args.ts';

describe('generate arguments', () => {
  it('accepts a count, a seed and an output folder', () => {
    expect(parseGenerateArgs(['--count', '100000', '--seed', '-7', '--out', 'tmp/corpus'])).toEqual(
      {
        kind: 'run',
        args: { count: 100_000, seed: -7, out: 'tmp/corpus' },
      },
    );
    expect(parseGenerateArgs(['--count=1', '--seed=0', '--out=x'])).toMatchObject({ kind: 'run' });
  });

  it.each([
    [['--count', '0', '--seed', '1', '--out', 'x'], /--count/],
    [['--count', '1000001', '--seed', '1', '--out', 'x'], /--count/],
    [['--count', '2.5', '--seed', '1', '--out', 'x'], /--count/],
    [['--count', '1e3', '--seed', '1', '--out', 'x'], /--count/],
    [['--seed', '1', '--out', 'x'], /--count/],
    [['--count', '5', '--seed', 'abc', '--out', 'x'], /--seed/],
    [['--count', '5', '--out', 'x'], /--seed/],
    [['--count', '5', '--seed', '99999999999999999999', '--out', 'x'], /--seed/],
    [['--count', '5', '--seed', '1'], /--out/],
    [['--count', '5', '--seed', '1', '--out', ' '], /--out/],
    [['--count', '5', '--seed', '1', '--out', 'x', '--colour'], /colour/],
    [['--count', '5', '--seed', '1', '--out', 'x', 'extra'], /extra/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseGenerateArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('recognises a request for help', () => {
    expect(parseGenerateArgs(['--help'])).toEqual({ kind: 'help' });
  });
});
