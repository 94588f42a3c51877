/**
 * Reading the page link that may number a motion (lib/dom/annotate-adopt): what the page sends with
 * each text, and only after a text that ends in "(".
 */
import { describe, expect, it } from 'vitest';
import { pageLinkAfter } from '../../../lib/dom/annotate-adopt';
import { blankPage, loadPage } from './annotate-support';

/** The first text node of a paragraph of `html` (test markup of our own). */
function textBefore(html: string): Text {
  const doc = blankPage();
  const p = doc.createElement('p');
  doc.body.append(p);
  p.innerHTML = html;
  return p.firstChild as Text;
}

describe('pageLinkAfter', () => {
  it('gives the href of the link right after a text that ends in "("', () => {
    expect(
      pageLinkAfter(textBefore('de motie-Van Aalst (<a href="kst-35300-A-15.html">35300-A</a>')),
    ).toBe('kst-35300-A-15.html');
    expect(
      pageLinkAfter(textBefore('de motie-Van Aalst (\n <a href="kst-35300-A-15.html">x</a>')),
    ).toBe('kst-35300-A-15.html');
  });

  it.each([
    [
      'a text that does not end in "("',
      'de motie-Van Aalst, zie <a href="kst-35300-A-15.html">x</a>',
    ],
    ['an element that is not a link', 'de motie-Van Aalst (<i>35300-A</i>'],
    ['a link without an href', 'de motie-Van Aalst (<a name="m15">35300-A</a>'],
    ['nothing after the text', 'de motie-Van Aalst ('],
  ])('null for %s', (_, html) => {
    expect(pageLinkAfter(textBefore(html))).toBeNull();
  });

  it('on the Handelingen page: one link for each of the 14 listed motions', () => {
    const doc = loadPage('h-tk-20192020-31-8-n1.html');
    const walker = doc.createTreeWalker(doc.body, 0x4);
    const links: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const href = pageLinkAfter(n as Text);
      if (href !== null) links.push(href);
    }
    expect(links).toHaveLength(14);
    for (const href of links) expect(href).toMatch(/^kst-35300-A-\d+\.html$/);
  });
});
