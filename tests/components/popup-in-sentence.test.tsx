/** The popup shows each reference under its jump link, in the sentence it stands in. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { annotate } from '../../lib/dom/annotate';
import { ROLE, selectorFor } from '../../lib/dom/markers';
import { setUiLanguage } from '../../lib/i18n';
import type { ReferenceKind } from '../../lib/references/types';
import { buildSummary } from '../../lib/summary';
import { paragraphContext } from '../../lib/text/paragraph';
import { realOptions } from '../unit/dom/annotate-support';
import { loadFixture } from '../unit/copy/fixture';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  setUiLanguage('nl');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The answer page annotated as the content script does, summarized as it answers the popup. */
async function answerPageSummary() {
  const { model, document: page } = loadFixture('ah-tk-20212022-3019');
  await annotate(page.body, {
    ...realOptions({ documentDate: '2022-06-08', submitted: '2022-03-10', pairNumbers: [] }),
    tooltip: false,
    sliceMs: Number.POSITIVE_INFINITY,
  });
  const links = Array.from(page.querySelectorAll(selectorFor(ROLE.ref)));
  const found = links.map((el) => ({
    kind: el.getAttribute('data-kl-kind') as ReferenceKind,
    text: el.textContent ?? '',
    target: el.getAttribute('data-kl-target') || null,
  }));
  // Through a structured clone, as the message channel carries it.
  return structuredClone(buildSummary(model, found, (i) => paragraphContext(links[i])));
}

describe('Popup: a reference in its sentence', () => {
  it('shows the sentence under the jump link, the reference marked, built as nodes', async () => {
    const summary = await answerPageSummary();
    render(
      <Popup
        view={{ state: 'summary', summary }}
        siteUrl="https://zoek.officielebekendmakingen.nl/"
        onJump={() => {}}
        onOpenOptions={() => {}}
      />,
      root,
    );
    const item = Array.from(root.querySelectorAll('details[data-kind="kamerstuk"] li')).find((li) =>
      li.querySelector('button')?.textContent?.includes('32 761 en 30 821'),
    )!;
    const sentence = item.querySelector('[data-kl="in-sentence"]')!;
    expect(sentence.textContent).toBe(
      'Met de brief van 20 november 2019 (Kamerstuk 32 761 en 30 821, Nr. 152) is aan die eerdere toezegging gestand gedaan.',
    );
    expect(sentence.querySelector('mark')?.textContent).toBe('Kamerstuk 32 761 en 30 821, Nr. 152');
    // Text nodes and one <mark>: nothing parsed from page text.
    expect(Array.from(sentence.childNodes).map((n) => n.nodeName)).toEqual([
      '#text',
      'MARK',
      '#text',
    ]);
  });

  it('every listed reference has its sentence, unless the reference is the whole sentence', async () => {
    const summary = await answerPageSummary();
    render(
      <Popup
        view={{ state: 'summary', summary }}
        siteUrl="x"
        onJump={() => {}}
        onOpenOptions={() => {}}
      />,
      root,
    );
    const items = summary.references.flatMap((g) => g.items);
    const shown = Array.from(root.querySelectorAll('details[data-kind] li')).filter((li) =>
      li.querySelector('button'),
    );
    expect(shown).toHaveLength(items.length);
    let withSentence = 0;
    shown.forEach((li, i) => {
      const context = items[i]!.context!;
      const mark = li.querySelector('[data-kl="in-sentence"] mark');
      if (mark) {
        withSentence++;
        expect(mark.textContent).toBe(li.querySelector('button')!.textContent);
      } else {
        // Only a reference that fills its block alone (the id in the metadata table) has none.
        expect(context.text.trim()).toBe(context.text.slice(context.start, context.end).trim());
      }
    });
    expect(withSentence).toBeGreaterThanOrEqual(items.length - 1);
  });
});
