import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { corpusQueryOptions } from '../../shared/corpus/corpus-query.ts';
import { paths } from '../../shared/paths.ts';
import { useFocusHeadingOnNavigate } from './use-focus-heading.ts';

export function Layout() {
  const { data } = useQuery(corpusQueryOptions());
  const { pathname } = useLocation();
  useFocusHeadingOnNavigate(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="brand">
          <NavLink to={paths.home()}>Communiqué</NavLink>
        </p>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.home()} end>
                Search
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.timeline()}>Timeline</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      {data?.sample ? (
        <p className="sample-banner">
          <strong>Sample data.</strong> These releases are fictional, generated for demonstration;
          the people in them do not exist.
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
