import type { ReactNode } from 'react';

/** The main landmark, the skip link's target: the same element in the app and a static page. */
export function SiteMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  );
}
