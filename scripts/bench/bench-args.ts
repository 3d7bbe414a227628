export type BenchOptions = {
  sizes: number[];
  seed: number;
  keep: boolean;
  fresh: boolean;
  /** How long the page must be quiet after a keystroke before the next one (ms). */
  quietMs: number;
  /** Longest wait for first results, and for one keystroke to settle (ms). */
  loadTimeoutMs: number;
  keyTimeoutMs: number;
  skipNaive: boolean;
  help: boolean;
};

export const BENCH_USAGE = `usage: npm run bench -- [--sizes 10000,100000] [--seed 7] [--fresh] [--keep]
                        [--quiet-ms 300] [--load-timeout-ms 120000] [--key-timeout-ms 60000] [--no-naive]

  --sizes    corpus sizes to measure (default 10000,100000)
  --seed     generator seed (default 7); a corpus is reused for the same size and seed
  --fresh    generate and ingest again even if a corpus for this size and seed exists
  --keep     keep the generated .txt releases and the built sites under .tmp/bench/
  --no-naive skip the naive peer page (no ratio)
`;

function positiveInt(flag: string, value: string | undefined): number {
  const parsed = Number(value?.replace(/_/g, ''));
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} needs a positive integer`);
  return parsed;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [10_000, 100_000],
    seed: 7,
    keep: false,
    fresh: false,
    quietMs: 300,
    loadTimeoutMs: 120_000,
    keyTimeoutMs: 60_000,
    skipNaive: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--sizes') {
      options.sizes = (value() ?? '').split(',').map((size) => positiveInt('--sizes', size));
    } else if (flag === '--seed') options.seed = positiveInt(flag, value());
    else if (flag === '--quiet-ms') options.quietMs = positiveInt(flag, value());
    else if (flag === '--load-timeout-ms') options.loadTimeoutMs = positiveInt(flag, value());
    else if (flag === '--key-timeout-ms') options.keyTimeoutMs = positiveInt(flag, value());
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--fresh') options.fresh = true;
    else if (flag === '--no-naive') options.skipNaive = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`unknown option: ${flag}\n${BENCH_USAGE}`);
  }
  return options;
}
