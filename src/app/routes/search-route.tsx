import { SearchView } from '../../features/search/search-view.tsx';

export function SearchRoute() {
  return <SearchView />;
}
