import { useParams } from 'react-router-dom';
import { ReleaseView } from '../../features/releases/release-view.tsx';

export function ReleaseRoute() {
  const { id = '' } = useParams();
  // Keyed by id: moving to another release starts its view afresh (copy notices, expanded lists).
  return <ReleaseView key={id} id={id} />;
}
