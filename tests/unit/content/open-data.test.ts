import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestOData } from '../../../entrypoints/kamerlens.content/open-data';
import { ODATA_MESSAGE } from '../../../lib/sources/odata-proxy';
import { zaakDocumentsUrl } from '../../../lib/sources/zaak-documents';

const URL_2022Z04510 = zaakDocumentsUrl('2022Z04510');

describe('requestOData (one helper for the motion preview and the question page)', () => {
  afterEach(() => fakeBrowser.reset());

  it('sends one message to the background and returns its reply', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ ok: true, status: 200, text: '{"value":[]}' });
    });
    await expect(requestOData(URL_2022Z04510)).resolves.toEqual({
      ok: true,
      status: 200,
      text: '{"value":[]}',
    });
    expect(seen).toEqual([{ type: ODATA_MESSAGE, url: URL_2022Z04510 }]);
  });

  it('a refusal from the background passes through unchanged', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, error: 'no-permission', status: null }),
    );
    await expect(requestOData(URL_2022Z04510)).resolves.toEqual({
      ok: false,
      error: 'no-permission',
      status: null,
    });
  });

  it('no listener or an empty reply is a network failure, never an exception', async () => {
    await expect(requestOData(URL_2022Z04510)).resolves.toMatchObject({ ok: false });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(undefined));
    await expect(requestOData(URL_2022Z04510)).resolves.toEqual({
      ok: false,
      error: 'network',
      status: null,
    });
  });
});
