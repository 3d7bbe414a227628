import { memo, useId, useState, type FormEvent } from 'react';
import { normalizeDateBound } from '../../shared/search/search-state.ts';

export type ApplyDates = (from: string | undefined, to: string | undefined) => void;

type Props = { from: string | undefined; to: string | undefined; onApply: ApplyDates };

/**
 * From/to as a small form: a half-typed date is not a search, so the range applies on
 * "Apply" or Enter. The form is keyed by the URL's values, so that Back and Forward show the
 * range of the entry they land on, and drop an error about dates no longer in the fields.
 */
export const DateRange = memo(function DateRange({ from, to, onApply }: Props) {
  return <DateForm key={`${from}|${to}`} from={from} to={to} onApply={onApply} />;
});

function DateForm({ from: shownFrom, to: shownTo, onApply }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => String(data.get(name) ?? '').trim();
    const from = read('from');
    const to = read('to');
    const bad = [from, to].find((v) => v && !normalizeDateBound(v));
    if (bad !== undefined) {
      setError(`“${bad}” is not a year (2024) or a date (2024-03-01).`);
      return;
    }
    setError(null);
    onApply(from || undefined, to || undefined);
  };

  return (
    <form className="date-range" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Date</legend>
        <p id={`${id}-hint`} className="muted">
          A year (2024) or a date (2024-03-01).
        </p>
        <div className="date-fields">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            name="from"
            defaultValue={shownFrom ?? ''}
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            name="to"
            defaultValue={shownTo ?? ''}
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit">Apply dates</button>
      </fieldset>
    </form>
  );
}
