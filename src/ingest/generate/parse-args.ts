export const USAGE = `Usage: npm run generate -- --count N --seed S --out DIR

Writes N fictional news releases as .txt files into DIR/<year>/.
  --count N   how many releases, an integer from 1 to 1,000,000
  --seed S    an integer (negative ones too); the same count and seed give byte-identical files
  --out DIR   the folder to write into (created if missing)`;

export const MAX_COUNT = 1_000_000;

export type GenerateArgs = { count: number; seed: number; out: string };

export type ParsedArgs =
  { kind: 'run'; args: GenerateArgs } | { kind: 'help' } | { kind: 'error'; message: string };

const OPTIONS = new Set(['count', 'seed', 'out']);

/** Whole numbers only: "1e3", "12.0" and "0x10" are refused rather than guessed at. */
function integer(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

// Hand-rolled rather than util.parseArgs, which takes "--seed -7" for an unknown option "-7".
function readOptions(argv: readonly string[]): Map<string, string> | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--help' || token === '-h') return new Map([['help', '']]);
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(token);
    if (!match) return `unexpected argument '${token}'`;
    const [, name = '', inline] = match;
    if (!OPTIONS.has(name)) return `unknown option '--${name}'`;
    const value = inline ?? argv[++i];
    if (value === undefined) return `--${name} needs a value`;
    values.set(name, value);
  }
  return values;
}

export function parseGenerateArgs(argv: readonly string[]): ParsedArgs {
  const values = readOptions(argv);
  if (typeof values === 'string') return { kind: 'error', message: values };
  if (values.has('help')) return { kind: 'help' };

  const count = integer(values.get('count'));
  if (count === undefined || count < 1 || count > MAX_COUNT) {
    return { kind: 'error', message: `--count must be an integer from 1 to ${MAX_COUNT}` };
  }
  const seed = integer(values.get('seed'));
  if (seed === undefined) return { kind: 'error', message: '--seed must be an integer' };
  const out = values.get('out')?.trim();
  if (!out) return { kind: 'error', message: '--out is required' };
  return { kind: 'run', args: { count, seed, out } };
}
