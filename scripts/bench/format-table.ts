import type { Row } from './report.ts';

export function formatTable(title: string, rows: Row[]): string {
  const cells = (r: Row) => [r.figure, r.measured, r.target];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => cells(r)[i]?.length ?? 0)));
  const line = (values: string[]) => values.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const out = [title, `${line(['figure', 'measured', 'target'])}  verdict`];
  for (const r of rows) out.push(`${line(cells(r))}  ${r.verdict}`);
  const count = (v: Row['verdict']) => rows.filter((r) => r.verdict === v).length;
  out.push(`targets at this size: ${count('PASS')} PASS, ${count('FAIL')} FAIL`);
  return out.join('\n');
}
