import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { mountShadowUi } from '../../../lib/dom/shadow-ui';
import { ROLE } from '../../../lib/dom/markers';

function page() {
  return new JSDOM('<!doctype html><body><div id="content"><p>Tekst</p></div></body>').window
    .document;
}

describe('mountShadowUi: the one way our UI enters a page', () => {
  it('marks the host with its role and attributes, places it, and gives a container in an open shadow root', () => {
    const doc = page();
    const ui = mountShadowUi(doc, {
      role: ROLE.timeline,
      attributes: { 'data-kl-ui': 'card' },
      hostStyle: 'display: block; height: 0;',
      place: (host) => doc.getElementById('content')!.prepend(host),
    });
    const content = doc.getElementById('content')!;
    expect(content.firstElementChild).toBe(ui.host);
    expect(ui.host.getAttribute('data-kamerlens')).toBe('timeline');
    expect(ui.host.getAttribute('data-kl-ui')).toBe('card');
    expect(ui.host.style.height).toBe('0px');
    expect(ui.host.shadowRoot).toBe(ui.shadow);
    expect(ui.shadow.mode).toBe('open');
    expect(ui.container.parentNode).toBe(ui.shadow);
    // The page's own text is where it was, and sees nothing of ours but the host.
    expect(content.textContent).toBe('Tekst');
  });

  it('remove() unmounts first, then takes the host out; twice is harmless; a failing unmount still removes it', () => {
    const doc = page();
    const log: string[] = [];
    const ui = mountShadowUi(doc, {
      role: ROLE.help,
      place: (host) => doc.body.appendChild(host),
      onRemove: (container) => log.push(`unmount ${container.isConnected}`),
    });
    ui.remove();
    ui.remove();
    // Unmounted while still in the page, once.
    expect(log).toEqual(['unmount true']);
    expect(doc.querySelector('[data-kamerlens]')).toBeNull();

    const failing = mountShadowUi(doc, {
      role: ROLE.preview,
      place: (host) => doc.body.appendChild(host),
      onRemove: () => {
        throw new Error('unmount failed');
      },
    });
    expect(() => failing.remove()).toThrow('unmount failed');
    expect(doc.querySelector('[data-kamerlens]')).toBeNull();
    expect(doc.body.innerHTML).toBe('<div id="content"><p>Tekst</p></div>');
  });
});
