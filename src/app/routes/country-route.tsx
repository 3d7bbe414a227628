import { useCorpus } from '../../shared/corpus/use-corpus.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';

// Placeholder until the country view lands.
export function CountryRoute() {
  const corpus = useCorpus();
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Country" />
      <h1 id="page-heading" tabIndex={-1}>
        Communiqué
      </h1>
      <p>{corpus.releases.length.toLocaleString('en-GB')} releases in the archive.</p>
    </section>
  );
}
