import { NavLink } from 'react-router-dom';
import { paths } from '../../shared/paths.ts';
import type { SearchState } from '../../shared/search/search-state.ts';

type Props = {
  /** The data folder is the sample corpus: every page says so. */
  sample: boolean;
  /** Filters carried between the search and the timeline. */
  carried?: Partial<SearchState> | undefined;
};

/**
 * The skip link and the banner, shared by the app and the static release pages written after
 * the build (docs/decisions/0008), so that the page looks the same before and after the app starts.
 */
export function SiteHeader({ sample, carried }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-bar">
          <p className="brand">
            <NavLink to={paths.home()}>Communiqué</NavLink>
          </p>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to={paths.home(carried)} end>
                  Search
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.timeline(carried)}>Timeline</NavLink>
              </li>
            </ul>
          </nav>
        </div>
        {/* Inside the header (the banner landmark): it is about the whole site, on every page. */}
        {sample ? (
          <p className="sample-banner">
            <strong>Sample data.</strong> These releases are fictional, generated for demonstration;
            the people in them do not exist.
          </p>
        ) : null}
      </header>
    </>
  );
}
