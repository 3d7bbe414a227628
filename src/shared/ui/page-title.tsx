/** React 19 hoists <title> into <head>; every route renders one. */
export function PageTitle({ title }: { title: string }) {
  return <title>{`${title} · Communiqué`}</title>;
}
