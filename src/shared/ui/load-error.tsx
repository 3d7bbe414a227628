import { CorpusError } from '../corpus/load-corpus.ts';
import { PageTitle } from './page-title.tsx';

function describe(error: unknown): { heading: string; message: string } {
  if (error instanceof CorpusError) {
    return { heading: 'The archive could not be loaded', message: error.message };
  }
  return {
    heading: 'Something went wrong',
    message: 'Something went wrong while showing this page. Trying again may help.',
  };
}

type Props = { error: unknown; onRetry: () => void; retrying: boolean };

/** What a page shows when its data (or the page itself) failed, with a way to try again. */
export function LoadError({ error, onRetry, retrying }: Props) {
  const { heading, message } = describe(error);
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title={heading} />
      <h1 id="page-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p role="alert">{message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        Try again
      </button>
    </section>
  );
}
