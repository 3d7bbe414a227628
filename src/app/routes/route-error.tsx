import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { corpusKeys } from '../../shared/corpus/corpus-query.ts';
import { LoadError } from '../../shared/ui/load-error.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';

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
  return (
    <LoadError
      error={error}
      onRetry={() => void retry()}
      retrying={revalidator.state === 'loading'}
    />
  );
}
