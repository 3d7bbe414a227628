import { useParams } from 'react-router-dom';
import { PersonView } from '../../features/people/person-view.tsx';

export function PersonRoute() {
  const { id = '' } = useParams();
  return <PersonView id={id} />;
}
