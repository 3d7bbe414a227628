/**
 * The attribute on #root of a static release page (docs/decisions/0008): main.tsx replaces
 * such a page in one step once the app has the release's data, and then removes it.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
