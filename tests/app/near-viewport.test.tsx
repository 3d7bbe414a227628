import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from '../../src/shared/ui/use-near-viewport.ts';

/** An IntersectionObserver whose entries the test delivers. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** Reports the item with this text as near (or not) to the live observer watching it. */
  static report(text: string, isIntersecting: boolean) {
    for (const observer of FakeObserver.all) {
      const target = [...observer.targets].find((t) => t.textContent === text);
      if (!target) continue;
      const entry = { target, isIntersecting } as IntersectionObserverEntry;
      act(() => observer.callback([entry], observer as unknown as IntersectionObserver));
    }
  }
}

function List({ query, items }: { query: string; items: string[] }) {
  const [ref, near] = useNearViewport(query, 2, items.length);
  return (
    <>
      <p>{near ? 'near' : 'far'}</p>
      <ol ref={ref}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
    </>
  );
}

const state = () => screen.getByText(/^(near|far)$/).textContent;

afterEach(() => {
  FakeObserver.all = [];
  vi.unstubAllGlobals();
});

describe('useNearViewport', () => {
  it('watches every item from the given one on, so a jump to the last counts', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<List query="a" items={['1', '2', '3', '4', '5']} />);
    expect(state()).toBe('far');
    FakeObserver.report('2', true); // before `from`: not watched
    expect(state()).toBe('far');
    FakeObserver.report('5', true);
    expect(state()).toBe('near');
  });

  it('stays near for the same key after the reader scrolls away, and starts again for a new one', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { rerender } = render(<List query="a" items={['1', '2', '3', '4']} />);
    FakeObserver.report('3', true);
    FakeObserver.report('3', false);
    expect(state()).toBe('near');
    rerender(<List query="b" items={['1', '2', '3', '4']} />);
    expect(state()).toBe('far');
  });

  it('is near at once for a new key while an item is still near, as on a tall screen', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { rerender } = render(<List query="a" items={['1', '2', '3', '4']} />);
    FakeObserver.report('4', true);
    rerender(<List query="b" items={['1', '2', '5', '6']} />);
    expect(state()).toBe('near');
  });

  it('watches items that arrive after the list first showed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { rerender } = render(<List query="a" items={['1', '2']} />);
    rerender(<List query="a" items={['1', '2', '3']} />);
    FakeObserver.report('3', true);
    expect(state()).toBe('near');
  });

  it('counts everything as near without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<List query="a" items={['1', '2', '3']} />);
    expect(state()).toBe('near');
  });
});
