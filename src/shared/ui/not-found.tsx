import { Link } from 'react-router-dom';
import { paths } from '../paths.ts';
import { PageTitle } from './page-title.tsx';

/** The in-app not-found view: unknown routes, releases, people and countries. */
export function NotFound({ message }: { message?: string }) {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Page not found" />
      <h1 id="page-heading" tabIndex={-1}>
        Page not found
      </h1>
      <p>{message ?? 'There is nothing at this address.'}</p>
      <p>
        <Link to={paths.home()}>Go to the search</Link>
      </p>
    </section>
  );
}
