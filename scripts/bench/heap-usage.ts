import type { CDPSession, Page } from 'playwright-core';
import { sleep } from './bench-page.ts';

export type HeapFigures = { main: number; workers: number[] };

type Attached = { sessionId: string; targetInfo: { type: string } };
type Message = { sessionId: string; message: string };

/**
 * Used JS heap after a full garbage collection, of the page and of each of its dedicated
 * workers: a search worker's index counts against the page's memory like anything else.
 * Workers are reached through the protocol's message-passing sessions (flatten: false), which
 * Playwright's own sessions leave alone.
 */
async function workerHeaps(cdp: CDPSession): Promise<number[]> {
  const sessions: string[] = [];
  const replies = new Map<string, (used: number) => void>();
  const onAttached = (event: Attached) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  };
  const onMessage = (event: Message) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id === 2) replies.get(event.sessionId)?.(reply.result?.usedSize ?? 0);
  };
  cdp.on('Target.attachedToTarget', onAttached);
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await sleep(300);
  const heaps = await Promise.all(
    sessions.map(async (sessionId) => {
      const used = new Promise<number>((resolve) => replies.set(sessionId, resolve));
      for (const [id, method] of [
        [1, 'HeapProfiler.collectGarbage'],
        [2, 'Runtime.getHeapUsage'],
      ] as const) {
        await cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        });
      }
      return Promise.race([used, sleep(10_000).then(() => Number.NaN)]);
    }),
  );
  await cdp.send('Target.setAutoAttach', {
    autoAttach: false,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  for (const sessionId of sessions) {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
  cdp.off('Target.attachedToTarget', onAttached);
  cdp.off('Target.receivedMessageFromTarget', onMessage);
  return heaps;
}

export async function heapUsage(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { main: usedSize, workers: await workerHeaps(cdp) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export const heapTotal = (heap: HeapFigures) =>
  heap.main + heap.workers.reduce((sum, used) => sum + (Number.isNaN(used) ? 0 : used), 0);
