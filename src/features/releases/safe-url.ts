// A browser forgives leading spaces and strips tabs and newlines inside a URL, so
// " javascript:…" or "java\tscript:…" could pass a naive scheme check: refuse them outright.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The address as a web link when it is an absolute http: or https: URL, else undefined. */
export function safeWebUrl(raw: string | undefined): string | undefined {
  if (!raw || raw !== raw.trim() || CONTROL.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.hostname ? url.href : undefined;
}
