import { useId, useRef } from 'react';
import './count-bars.css';

export type CountBar = { key: string; label: string; count: number };

type Props = {
  caption: string;
  bars: CountBar[];
  /**
   * Makes each bar a button. A click selects that bar; pressing on one bar and
   * releasing on another selects the run between them (first, last in bar order).
   */
  onSelect?: (first: string, last: string) => void;
  /** Shown with the chart when bars are buttons, e.g. "Choose a year to narrow the dates". */
  selectHint?: string;
};

function BarBody({ bar, max }: { bar: CountBar; max: number }) {
  const share = max > 0 ? (bar.count / max) * 100 : 0;
  return (
    <>
      <span className="count-bars-label">{bar.label}</span>
      {/* Keeps the accessible name "2024: 12 releases" rather than "202412 releases". */}
      <span className="visually-hidden">: </span>
      <span className="count-bars-track" aria-hidden="true">
        {/* React sets widths through the CSSOM, which the page's style-src policy allows. */}
        <span className="count-bars-fill" style={{ width: `${share}%` }} />
      </span>
      <span className="count-bars-count">
        {bar.count.toLocaleString('en-GB')}
        <span className="visually-hidden">{bar.count === 1 ? ' release' : ' releases'}</span>
      </span>
    </>
  );
}

/** A horizontal bar chart whose labels and counts are text, so it reads without the bars. */
export function CountBars({ caption, bars, onSelect, selectHint }: Props) {
  const captionId = useId();
  const hintId = useId();
  const dragStart = useRef<string | undefined>(undefined);
  const max = Math.max(0, ...bars.map((bar) => bar.count));
  const order = new Map(bars.map((bar, index) => [bar.key, index]));

  const startDrag = (key: string) => {
    dragStart.current = key;
    // A release anywhere else ends the drag too; this runs after a bar's own pointerup,
    // as window is the last stop of the event.
    window.addEventListener('pointerup', () => (dragStart.current = undefined), { once: true });
  };

  const endDrag = (key: string) => {
    const start = dragStart.current;
    dragStart.current = undefined;
    if (!onSelect || start === undefined || start === key) return;
    const [first, last] =
      (order.get(start) ?? 0) <= (order.get(key) ?? 0) ? [start, key] : [key, start];
    onSelect(first, last);
  };

  return (
    <figure className="count-bars" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      {onSelect && selectHint ? (
        <p id={hintId} className="count-bars-hint muted no-print">
          {selectHint}
        </p>
      ) : null}
      <ul className="count-bars-list">
        {bars.map((bar) => (
          <li key={bar.key}>
            {onSelect ? (
              <button
                type="button"
                className="count-bars-row"
                aria-describedby={selectHint ? hintId : undefined}
                onClick={() => onSelect(bar.key, bar.key)}
                onPointerDown={() => startDrag(bar.key)}
                onPointerUp={() => endDrag(bar.key)}
              >
                <BarBody bar={bar} max={max} />
              </button>
            ) : (
              <span className="count-bars-row">
                <BarBody bar={bar} max={max} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}
