import type { CountBar } from '../../shared/ui/count-bars.tsx';

type Props = { bars: CountBar[]; unit: string };

/** The histogram's counts as a table, for reading or copying the numbers. */
export function TimelineTable({ bars, unit }: Props) {
  return (
    <details className="timeline-table no-print">
      <summary>Show the counts as a table</summary>
      <table>
        <caption className="visually-hidden">Releases by {unit}</caption>
        <thead>
          <tr>
            <th scope="col">{unit === 'year' ? 'Year' : 'Month'}</th>
            <th scope="col">Releases</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{bar.count.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
