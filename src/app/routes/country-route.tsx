import { useParams } from 'react-router-dom';
import { CountryView } from '../../features/countries/country-view.tsx';

export function CountryRoute() {
  const { code = '' } = useParams();
  return <CountryView code={code} />;
}
