/**
 * The release's title as the page's heading, in the app and the static page alike: the app
 * replaces a static page in one step, and a reader's focus on it is matched by its id.
 */
export function ReleaseHeading({ title }: { title: string }) {
  return (
    <h1 id="page-heading" tabIndex={-1} dir="auto">
      {title}
    </h1>
  );
}
