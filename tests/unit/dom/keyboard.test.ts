import { describe, expect, it } from 'vitest';
import { actionFor, bindPageKeys, PairCursor } from '../../../lib/dom/keyboard';
import { loadFixture } from '../copy/fixture';

function key(doc: Document, init: KeyboardEventInit, target: Element = doc.body): KeyboardEvent {
  const event = new doc.defaultView!.KeyboardEvent('keydown', {
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('page keys', () => {
  const { document: doc } = loadFixture('ah-tk-20212022-3019');

  it('maps j/k/c/b/s/?/Escape and nothing else', () => {
    const actions: string[] = [];
    const abort = new AbortController();
    bindPageKeys(doc, (a) => void actions.push(a), abort.signal);
    for (const k of ['j', 'k', 'c', 'b', 's', 'x', 'Escape']) key(doc, { key: k });
    key(doc, { key: '?', shiftKey: true });
    abort.abort();
    key(doc, { key: 'j' });
    expect(actions).toEqual(['next', 'previous', 'copy', 'citation', 'toggle', 'close', 'help']);
  });

  it('ignores keys with a modifier and keys typed into the search field or editable text', () => {
    const search = doc.getElementById('zoekterm')!;
    expect(
      actionFor(new doc.defaultView!.KeyboardEvent('keydown', { key: 'c', ctrlKey: true })),
    ).toBeNull();
    expect(
      actionFor(new doc.defaultView!.KeyboardEvent('keydown', { key: 'J', shiftKey: true })),
    ).toBeNull();
    const seen: string[] = [];
    const abort = new AbortController();
    bindPageKeys(doc, (a) => void seen.push(a), abort.signal);
    const typed = key(doc, { key: 'j' }, search);
    const editable = doc.createElement('div');
    editable.setAttribute('contenteditable', '');
    const inner = doc.createElement('span');
    editable.append(inner);
    doc.body.append(editable);
    key(doc, { key: 'j' }, inner);
    abort.abort();
    editable.remove();
    expect(seen).toEqual([]);
    expect(typed.defaultPrevented).toBe(false);
  });
});

describe('pair cursor', () => {
  it('moves focus over the question blocks, shows an outline, stops at the ends, and restores the page', () => {
    const { document: doc, model } = loadFixture('ah-tk-20212022-3019');
    const before = doc.body.outerHTML;
    const cursor = new PairCursor(() => model.pairs.map((p) => p.question.nodes[0] as HTMLElement));
    const first = cursor.move(1)!;
    expect(doc.activeElement).toBe(first);
    expect(first.textContent).toContain('Vraag 1');
    expect(first.style.outline).toContain('3px solid');
    const second = cursor.move(1)!;
    expect(second.textContent).toContain('Vraag 2');
    expect(first.style.outline).toBe('');
    expect(cursor.move(-1)).toBe(first);
    expect(cursor.move(-1)).toBe(first);
    cursor.release();
    expect(doc.body.outerHTML).toBe(before);
  });
});
