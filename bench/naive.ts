import Fuse from 'fuse.js';

/**
 * The peer the benchmark compares the app with: what one would write first. Fuse.js with its
 * default options over the full records, on the main thread, on every input event. Only the
 * fields it searches are typed; the rest of each record is loaded and indexed all the same.
 */
type Entry = {
  id: string;
  title: string;
  body: string[];
  people: { name: string }[];
  countries: string[];
  organizations: string[];
};

const SHOWN = 20;

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`naive page: ${selector} is missing`);
  return found;
}

function render(list: HTMLElement, status: HTMLElement, items: Entry[], count: number) {
  list.replaceChildren(
    ...items.map((release) => {
      const link = document.createElement('a');
      link.href = `releases/${encodeURIComponent(release.id)}`;
      link.textContent = release.title;
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  status.textContent = `${count.toLocaleString('en-GB')} releases`;
}

async function main() {
  const input = element<HTMLInputElement>('#q');
  const status = element('#count');
  const list = element('#results');
  const response = await fetch('data/corpus.json');
  const file = (await response.json()) as { releases: Entry[] };
  const releases = file.releases;
  const fuse = new Fuse(releases, {
    keys: ['title', 'body', 'people.name', 'countries', 'organizations'],
  });
  const showAll = () => render(list, status, releases.slice(0, SHOWN), releases.length);
  showAll();
  input.addEventListener('input', () => {
    const query = input.value;
    if (!query.trim()) return showAll();
    const hits = fuse.search(query, { limit: SHOWN });
    render(
      list,
      status,
      hits.map((hit) => hit.item),
      hits.length,
    );
  });
}

main().catch((error: unknown) => {
  element('#count').textContent = `Failed: ${String(error)}`;
});
