/**
 * What runs inside the page. It is installed as an init script (through the DevTools
 * protocol, so the page's strict CSP does not apply) and so is in place from navigation
 * start: first results, long tasks and every keystroke use the same clock, performance.now().
 *
 * Nothing here may refer to anything outside the function: Playwright sends its source text.
 */

export type KeyRecord = {
  key: string;
  /** The event's own timestamp: it includes any wait in the input queue. */
  at: number;
  /**
   * After the first frame painted once the key's events were handled. (Not an idle callback:
   * Chromium holds those back for about half a second after any input.)
   */
  frame: number | undefined;
  /** Frame waits still running for this key. */
  open: number;
};

export type PaintRecord = { mutated: number; painted: number };

export type ProbeState = {
  keys: KeyRecord[];
  paints: PaintRecord[];
  unpainted: number;
  lastMutation: number;
  longTasks: { start: number; duration: number }[];
  /** -1 from when a result link is in the DOM until its frame is painted. */
  firstResults: number | undefined;
  headings: { text: string; painted: number }[];
  clicks: number[];
};

declare global {
  interface Window {
    __bench?: ProbeState;
  }
}

/** The result title links, in the app and in the naive page alike. */
export const RESULT_LINK = 'main a[href*="releases/"]';

/** tsx compiles with keepNames, which wraps functions in a __name helper the page lacks. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export function installProbe(resultLink: string) {
  if (window.__bench) return;
  const s: ProbeState = {
    keys: [],
    paints: [],
    unpainted: 0,
    lastMutation: 0,
    longTasks: [],
    firstResults: undefined,
    headings: [],
    clicks: [],
  };
  window.__bench = s;

  // rAF runs just before a frame is painted; a task queued from it runs just after.
  const afterFrame = (done: (painted: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });

  // Typing into the search form itself is not a result being shown.
  const relevant = (record: MutationRecord) => {
    const node = record.target;
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !element.closest('main')) return false;
    return !element.closest('form, [role="search"], [role="listbox"], input, textarea');
  };

  let waiting: number[] = [];
  let frameRequested = false;
  const paintSoon = () => {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      const batch = waiting;
      waiting = [];
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        for (const mutated of batch) s.paints.push({ mutated, painted });
        s.unpainted -= batch.length;
      };
      channel.port2.postMessage(null);
    });
  };

  let lastHeading = '';
  const observer = new MutationObserver((records) => {
    const heading = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (heading && heading !== lastHeading) {
      lastHeading = heading;
      afterFrame((painted) => s.headings.push({ text: heading, painted }));
    }
    if (s.firstResults === undefined) {
      const link = document.querySelector(resultLink);
      if (link && link.getClientRects().length > 0) {
        s.firstResults = -1;
        afterFrame((painted) => (s.firstResults = painted));
      }
    }
    if (!records.some(relevant)) return;
    const now = performance.now();
    s.lastMutation = now;
    s.unpainted += 1;
    waiting.push(now);
    paintSoon();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  const markFrame = (record: KeyRecord) => {
    record.open += 1;
    afterFrame((painted) => {
      record.frame = Math.max(record.frame ?? 0, painted);
      record.open -= 1;
    });
  };

  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      const at = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      const record: KeyRecord = { key: event.key, at, frame: undefined, open: 0 };
      s.keys.push(record);
      markFrame(record);
    },
    true,
  );
  // The input event may come in a later task than keydown: wait for its frame too.
  window.addEventListener(
    'input',
    () => {
      const record = s.keys[s.keys.length - 1];
      if (record) markFrame(record);
    },
    true,
  );
  window.addEventListener('click', (event) => s.clicks.push(event.timeStamp), true);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        s.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the count stays empty, and the report says 0.
  }
}
