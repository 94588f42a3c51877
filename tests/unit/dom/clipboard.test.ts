import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { copyWithEvent, writeClipboard } from '../../../lib/dom/clipboard';

/** jsdom has no clipboard: execCommand('copy') is replaced by firing the copy event a browser would fire. */
function pageWithCopyEvent(): { doc: Document; store: Record<string, string> } {
  const { window } = new JSDOM('<!doctype html><p>tekst</p>', {
    url: 'http://zoek.officielebekendmakingen.nl/',
  });
  const doc = window.document;
  const store: Record<string, string> = {};
  doc.execCommand = (command: string) => {
    if (command !== 'copy') return false;
    const event = new window.Event('copy', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (type: string, value: string) => (store[type] = value) },
    });
    return !doc.dispatchEvent(event) || true;
  };
  return { doc, store };
}

describe('clipboard', () => {
  const data = { plain: 'Vraag 3\n\nIs bij …', html: '<p><strong>Vraag 3</strong></p>' };

  it('the copy-event route writes both flavours', () => {
    const { doc, store } = pageWithCopyEvent();
    expect(copyWithEvent(doc, data)).toBe(true);
    expect(store).toEqual({ 'text/plain': data.plain, 'text/html': data.html });
  });

  it('an http page (no secure context) goes straight to the copy event', async () => {
    const { doc, store } = pageWithCopyEvent();
    expect(await writeClipboard(doc, data)).toBe('copy-event');
    expect(store['text/html']).toBe(data.html);
  });

  it('reports failure when the browser refuses to copy', async () => {
    const { window } = new JSDOM('<!doctype html>');
    window.document.execCommand = () => false;
    expect(await writeClipboard(window.document, data)).toBeNull();
  });
});
