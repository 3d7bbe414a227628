import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { corpusKeys } from '../../shared/corpus/corpus-query.ts';
import { CorpusError } from '../../shared/corpus/load-corpus.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';

function describe(error: unknown): { heading: string; message: string } {
  if (error instanceof CorpusError) {
    return { heading: 'The archive could not be loaded', message: error.message };
  }
  return {
    heading: 'Something went wrong',
    message: 'Something went wrong while showing this page. Trying again may help.',
  };
}

export function RouteError() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  // Removing (not refetching) the failed query makes the loader fetch again, so the
  // router passes through a loading state and its error boundary lets go of the error.
  const retry = async () => {
    queryClient.removeQueries({ queryKey: corpusKeys.all });
    await revalidator.revalidate();
    // The button that had focus is gone now; put the reader at the top of what replaced it.
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  const { heading, message } = describe(error);
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title={heading} />
      <h1 id="page-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p role="alert">{message}</p>
      <button type="button" onClick={() => void retry()} disabled={revalidator.state === 'loading'}>
        Try again
      </button>
    </section>
  );
}
