import { PageTitle } from '../../shared/ui/page-title.tsx';

export function LoadingView() {
  return (
    <section aria-labelledby="page-heading" aria-busy="true">
      <PageTitle title="Loading the archive…" />
      <h1 id="page-heading" tabIndex={-1}>
        Loading the archive…
      </h1>
      <p role="status">Loading releases. This can take a moment on a large archive.</p>
    </section>
  );
}
