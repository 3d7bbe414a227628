import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateReleases } from '../src/ingest/generate/generate-releases.ts';
import { parseGenerateArgs, USAGE } from '../src/ingest/generate/parse-args.ts';

const parsed = parseGenerateArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.kind === 'error') {
  console.error(`generate: ${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}

const { count, seed, out } = parsed.args;
const root = resolve(out);
const started = performance.now();
const made = new Set<string>();
let bytes = 0;
for (const release of generateReleases({ count, seed })) {
  const file = join(root, ...release.path.split('/'));
  const dir = dirname(file);
  // One mkdir per year folder rather than one per file.
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(file, release.text);
  bytes += Buffer.byteLength(release.text);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const megabytes = (bytes / 1_048_576).toFixed(1);
console.error(
  `generate: wrote ${count} releases (${megabytes} MB, seed ${seed}) to ${root} in ${seconds} s`,
);
