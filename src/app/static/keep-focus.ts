/**
 * Focus across the app's takeover of a static release page (docs/decisions/0008). The app
 * replaces the page's elements with its own; a keyboard user who had already moved into the
 * page (the skip link, a person's link) must stay where they were, not be sent back to the top.
 */
export type FocusKey = { tag: string; id: string; href: string | null; text: string };

export function focusKeyIn(root: HTMLElement): FocusKey | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === root || !root.contains(element)) return null;
  return {
    tag: element.tagName,
    id: element.id,
    href: element.getAttribute('href'),
    text: element.textContent,
  };
}

/** Focuses the element that matches: by id when it had one, else by tag, address and text. */
export function restoreFocus(root: HTMLElement, key: FocusKey | null) {
  if (!key) return;
  const match = Array.from(root.querySelectorAll<HTMLElement>(key.tag)).find((element) =>
    key.id
      ? element.id === key.id
      : element.getAttribute('href') === key.href && element.textContent === key.text,
  );
  match?.focus({ preventScroll: true });
}
