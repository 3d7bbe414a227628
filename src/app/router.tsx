import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchPath, type RouteObject } from 'react-router-dom';
import { corpusQueryOptions } from '../shared/corpus/corpus-query.ts';
import { headQueryOptions } from '../shared/corpus/head-query.ts';
import { recordQueryOptions } from '../shared/corpus/record-query.ts';
import { shardQueryOptions } from '../shared/corpus/shard-query.ts';
import { basePath, routePatterns } from '../shared/paths.ts';
import { Layout } from './routes/layout.tsx';
import { LoadingView } from './routes/loading-view.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SearchRoute } from './routes/search-route.tsx';
import { TimelineRoute } from './routes/timeline-route.tsx';
import { ReleaseRoute } from './routes/release-route.tsx';
import { PersonRoute } from './routes/person-route.tsx';
import { CountryRoute } from './routes/country-route.tsx';

function routePath(request: Request): string {
  return new URL(request.url).pathname.slice(basePath.length);
}

function isHome(request: Request): boolean {
  const path = routePath(request);
  return path === '' || path === routePatterns.home;
}

function releaseIdOf(request: Request): string | undefined {
  try {
    return matchPath(routePatterns.release, routePath(request))?.params.id;
  } catch {
    return undefined; // a malformed address: the release view says it is not found
  }
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      children: [
        {
          // Every view reads the corpus; loading it here lets the views read it synchronously.
          // The search view alone starts from the head (its first page) when the data folder
          // has one, and reads the corpus as it arrives.
          loader: async ({ request }) => {
            // The head comes first and the catalogue after the first page is on screen (the
            // search view asks for it): reading the catalogue's megabytes holds the page's
            // main thread for a while, and would hold the first page back. A release page
            // opened from a link likewise starts from its record file.
            if (queryClient.getQueryData(corpusQueryOptions().queryKey) === undefined) {
              if (isHome(request) && (await queryClient.ensureQueryData(headQueryOptions()))) {
                return null;
              }
              const id = releaseIdOf(request);
              const record = id
                ? await queryClient.ensureQueryData(recordQueryOptions(queryClient, id))
                : null;
              if (record) {
                // The text too, so that the page is drawn whole: a static page of this release
                // (docs/decisions/0008) is replaced only by one that shows as much. A shard that
                // fails is not retried here: the page itself reports it, and tries again.
                const shard = record.shardOf.get(record.release.id);
                if (shard !== undefined) {
                  await queryClient.prefetchQuery({ ...shardQueryOptions(shard), retry: false });
                }
                return null;
              }
            }
            await queryClient.ensureQueryData(corpusQueryOptions());
            return null;
          },
          hydrateFallbackElement: <LoadingView />,
          errorElement: <RouteError />,
          children: [
            { path: routePatterns.home, element: <SearchRoute /> },
            { path: routePatterns.timeline, element: <TimelineRoute /> },
            { path: routePatterns.release, element: <ReleaseRoute /> },
            { path: routePatterns.person, element: <PersonRoute /> },
            { path: routePatterns.country, element: <CountryRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { basename: basePath || '/' });
}
