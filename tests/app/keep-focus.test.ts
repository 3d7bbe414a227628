import { afterEach, describe, expect, it } from 'vitest';
import { focusKeyIn, restoreFocus } from '../../src/app/static/keep-focus.ts';

function page(root: HTMLElement, people: string[]) {
  root.replaceChildren();
  const main = Object.assign(document.createElement('main'), { id: 'main', tabIndex: -1 });
  for (const name of people) {
    const link = document.createElement('a');
    link.href = `/people/${name.toLowerCase()}`;
    link.textContent = name;
    main.append(link);
  }
  root.append(main);
}

afterEach(() => document.body.replaceChildren());

describe('focus across the takeover of a static page', () => {
  it('returns to the link with the same address and text in the new elements', () => {
    const root = document.body.appendChild(document.createElement('div'));
    page(root, ['Ana', 'Ben']);
    root.querySelectorAll('a')[1]?.focus();
    const key = focusKeyIn(root);
    page(root, ['Ana', 'Ben']);
    expect(document.activeElement).toBe(document.body);
    restoreFocus(root, key);
    expect(document.activeElement?.textContent).toBe('Ben');
  });

  it('returns to an element with an id even when its content changed', () => {
    const root = document.body.appendChild(document.createElement('div'));
    page(root, ['Ana']);
    root.querySelector('main')?.focus();
    const key = focusKeyIn(root);
    page(root, ['Ana', 'Ben']);
    restoreFocus(root, key);
    expect(document.activeElement?.id).toBe('main');
  });

  it('leaves focus alone when it was outside the page', () => {
    const root = document.body.appendChild(document.createElement('div'));
    page(root, ['Ana']);
    expect(focusKeyIn(root)).toBeNull();
    restoreFocus(root, null);
    expect(document.activeElement).toBe(document.body);
  });
});
