import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { corpusKeys } from '../../shared/corpus/corpus-query.ts';
import { CorpusError } from '../../shared/corpus/load-corpus.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';

function describe(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  return 'Something went wrong while showing this page.';
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
  };
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Could not load the archive" />
      <h1 id="page-heading" tabIndex={-1}>
        The archive could not be loaded
      </h1>
      <p role="alert">{describe(error)}</p>
      <button type="button" onClick={() => void retry()} disabled={revalidator.state === 'loading'}>
        Try again
      </button>
    </section>
  );
}
