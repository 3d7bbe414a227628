import { useParams } from 'react-router-dom';
import { PersonView } from '../../features/people/person-view.tsx';

export function PersonRoute() {
  const { id = '' } = useParams();
  // Keyed by id: moving to another person starts its view afresh (copy notices, expanded lists).
  return <PersonView key={id} id={id} />;
}
