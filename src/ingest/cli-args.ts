export const USAGE = `usage: npm run ingest -- <files or folders…> [--out DIR] [--dry-run] [--json] [--keep-going] [--sample]

  --out DIR      where corpus.json is written (default public/data); an existing one is merged
  --dry-run      parse and check only; write nothing
  --json         print this run's records as one JSON array on stdout
  --keep-going   write the accepted records even if some are rejected (exit 0)
  --sample       mark every record, and the corpus, as sample data
`;

export type IngestOptions = {
  inputs: string[];
  out: string;
  dryRun: boolean;
  json: boolean;
  keepGoing: boolean;
  sample: boolean;
  help: boolean;
};

/** A mistake in how the command was called: exit 2 with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FLAGS = {
  '--dry-run': 'dryRun',
  '--json': 'json',
  '--keep-going': 'keepGoing',
  '--sample': 'sample',
  '--help': 'help',
  '-h': 'help',
} as const;

export function parseArgs(argv: string[]): IngestOptions {
  const options: IngestOptions = {
    inputs: [],
    out: 'public/data',
    dryRun: false,
    json: false,
    keepGoing: false,
    sample: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) throw new UsageError('--out needs a folder');
      options.out = value;
    } else if (Object.hasOwn(FLAGS, arg)) {
      options[FLAGS[arg as keyof typeof FLAGS]] = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option: ${arg}`);
    } else {
      options.inputs.push(arg);
    }
  }
  if (!options.help && options.inputs.length === 0)
    throw new UsageError('no input files or folders');
  return options;
}
