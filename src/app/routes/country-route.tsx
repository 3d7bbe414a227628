import { useParams } from 'react-router-dom';
import { CountryView } from '../../features/countries/country-view.tsx';

export function CountryRoute() {
  const { code = '' } = useParams();
  // Keyed by code: moving to another country starts its view afresh (expanded lists).
  return <CountryView key={code} code={code} />;
}
