import { useParams } from 'react-router-dom';
import { ReleaseView } from '../../features/releases/release-view.tsx';

export function ReleaseRoute() {
  const { id = '' } = useParams();
  return <ReleaseView id={id} />;
}
