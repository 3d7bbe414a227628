import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFETCH_LIMIT } from '../../src/shared/corpus/corpus-schema.ts';
import { searchReleases } from '../shared/search-fixture.ts';
import { ingestedFolder } from './ingested-folder.ts';
import { renderApp } from './render-app.tsx';
import { eventually, expectCount, findSearchBox } from './search-helpers.ts';

const hanMori = searchReleases.find((r) => r.id === 'han-mori-phone-call')!;
const [opening, second] = hanMori.body;

/** The text of the result row whose title link is named `title`. */
const rowText = (title: string) =>
  screen.getByRole('link', { name: title }).closest('li')?.textContent ?? '';

describe('search view: result rows before their text', () => {
  it('shows the lead, then the passage that matched once the text arrives', async () => {
    const folder = ingestedFolder(searchReleases, false);
    folder.releaseCatalogue();
    let releaseBodies = () => {};
    const held = new Promise<void>((resolve) => (releaseBodies = resolve));
    const bodyRequests: string[] = [];
    const reply = async (url: string) => {
      if (url.includes('/bodies/')) {
        bodyRequests.push(url);
        await held;
      }
      return folder.reply(url);
    };
    const { user } = renderApp('/', reply);
    await user.type(await findSearchBox(), 'universities');
    await expectCount('1 release');
    expect(rowText(hanMori.title)).toContain(opening);
    expect(rowText(hanMori.title)).not.toContain('universities');
    expect(bodyRequests.length).toBeGreaterThan(0);

    releaseBodies();
    await eventually(() => expect(rowText(hanMori.title)).toContain('universities'));
    expect(rowText(hanMori.title)).not.toContain(opening);
    expect(second).toContain('universities');
  });

  it(`fetches no text for the rows of an archive past ${PREFETCH_LIMIT} releases`, async () => {
    const folder = ingestedFolder(searchReleases, false);
    const bodyRequests: string[] = [];
    const reply = async (url: string) => {
      if (url.includes('/bodies/')) bodyRequests.push(url);
      const response = await folder.reply(url);
      if (!url.endsWith('/head.json')) return response;
      // The same head, as an archive of many more releases would have it.
      const head = (await response.json()) as { total: number };
      return Response.json({ ...head, total: PREFETCH_LIMIT + 1 });
    };
    renderApp('/', reply);
    await expectCount(`${(PREFETCH_LIMIT + 1).toLocaleString('en-GB')} releases`);
    expect(rowText(hanMori.title)).toContain(opening);
    // A moment for any fetch the rows would start.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bodyRequests).toEqual([]);
  });

  it('keeps the lead when the text cannot be fetched, and the release says why', async () => {
    const folder = ingestedFolder(searchReleases, false);
    folder.releaseCatalogue();
    const reply = async (url: string) =>
      url.includes('/bodies/') ? new Response('', { status: 500 }) : folder.reply(url);
    const { user } = renderApp('/', reply);
    await user.type(await findSearchBox(), 'universities');
    await expectCount('1 release');
    // A moment for the failed fetch to settle: the row keeps its lead.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rowText(hanMori.title)).toContain(opening);

    await user.click(screen.getByRole('link', { name: hanMori.title }));
    expect(await screen.findByRole('heading', { level: 1, name: hanMori.title })).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The text could not be loaded (HTTP 500).',
    );
  });
});
