import { NotFound } from '../../shared/ui/not-found.tsx';

export function NotFoundRoute() {
  return <NotFound />;
}
