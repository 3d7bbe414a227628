import { runIngest } from '../src/ingest/run-ingest.ts';

// exitCode rather than process.exit(): a large --json output on a pipe must finish flushing.
process.exitCode = await runIngest(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
