import type { ReactNode } from 'react';

/** The text of a release under a heading for screen readers, in the app and the static page. */
export function ReleaseText({ children }: { children: ReactNode }) {
  return (
    <section className="release-body" aria-labelledby="release-text-heading">
      <h2 id="release-text-heading" className="visually-hidden">
        Text of the release
      </h2>
      {children}
    </section>
  );
}

export function NoReleaseText() {
  return <p className="muted">The archive has no text for this release.</p>;
}
