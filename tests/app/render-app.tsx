import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import { createRoutes } from '../../src/app/router.tsx';
import type { Release } from '../../src/shared/release/release-schema.ts';

export type CountryTable = Record<string, { name: string; aliases: string[] }>;

/** A corpus file as the ingest command writes it. */
export function corpusText(
  releases: unknown[],
  { countries = {}, sample = false }: { countries?: CountryTable; sample?: boolean } = {},
) {
  return JSON.stringify({ format: 1, sample, countries, releases });
}

/** A valid release with sensible defaults, for building fixtures by difference. */
export function release(overrides: Partial<Release> & Pick<Release, 'id' | 'title'>): Release {
  return {
    date: '2024-01-15',
    source: 'Ministry of Foreign Affairs of Freedonia',
    type: 'statement',
    people: [],
    countries: [],
    organizations: [],
    body: [],
    ...overrides,
  };
}

type FetchReply =
  | string
  | { status: number; body?: string }
  | 'network-error'
  | 'pending'
  | ((url: string) => Response | Promise<Response>);

/**
 * Serves the corpus file to the app's fetch: one reply per request, the last one repeated.
 * head.json is missing (404) unless a reply function serves it: such a folder is what a
 * single corpus.json makes, and then the app waits for the corpus on every page.
 */
export function stubCorpusFetch(...replies: FetchReply[]) {
  let call = 0;
  const fetchMock = vi.fn(async (url: string) => {
    const [first] = replies;
    if (url.endsWith('/head.json') && typeof first !== 'function') {
      return new Response('', { status: 404 });
    }
    const reply = replies[Math.min(call, replies.length - 1)] ?? 'network-error';
    call += 1;
    if (typeof reply === 'function') return reply(url);
    if (reply === 'pending') return new Promise<Response>(() => {});
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (typeof reply === 'string') return new Response(reply, { status: 200 });
    return new Response(reply.body ?? '', { status: reply.status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app at a URL, with a fresh query client and the corpus fetch stubbed. */
export function renderApp(url: string, ...replies: FetchReply[]) {
  const fetchMock = stubCorpusFetch(...replies);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient, fetchMock };
}
