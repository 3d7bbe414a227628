import { heapText, ms, typingRows, type Row, type SizeReport } from './report.ts';
import { summarize } from './stats.ts';

export function naiveRows({ corpus, app, naive }: SizeReport): Row[] {
  if (!naive) return [];
  const big = corpus.size > 10_000;
  const first = naive.load.firstResultsMs;
  const rows: Row[] = [
    {
      figure: 'naive: navigation → first results',
      measured: first !== undefined ? ms(first) : `failed: ${naive.load.failure}`,
      target: '—',
      verdict: '—',
    },
    {
      figure: 'naive: JS heap after load and typing',
      measured: heapText(naive.load.heap),
      target: '—',
      verdict: '—',
    },
    ...typingRows('naive', naive.typing, { p95: undefined, noLongTasks: false }),
  ];
  const appP95 = summarize(app.typing?.keystrokes.map((k) => k.ms) ?? []).p95;
  const peer = summarize(naive.typing?.keystrokes.map((k) => k.ms) ?? []);
  const ratio = peer.p95 / appP95;
  // A naive page that timed out was slower still: its ratio so far is a lower bound.
  const partial = naive.typing?.failure ? ' (naive incomplete: at least this)' : '';
  const measured = Number.isFinite(ratio) ? `${ratio.toFixed(1)}×${partial}` : 'not measured';
  const ok = Number.isFinite(ratio) && ratio >= 10;
  rows.push({
    figure: 'p95 ratio naive / app',
    measured,
    target: big ? '—' : '≥ 10×',
    verdict: big ? '—' : ok ? 'PASS' : 'FAIL',
  });
  return rows;
}
