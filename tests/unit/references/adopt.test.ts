/**
 * A motion named before KOOP's own link to it takes that link's target (lib/references/adopt): the
 * pure half, as the background runs it on a text and the href the page sent with it.
 */
import { describe, expect, it } from 'vitest';
import { adoptLinkTarget, mayBorrowFromLinkAfter } from '@/lib/references/adopt';
import { recognizeAll } from '@/lib/references';

const CONTEXT = { documentDate: null, pairNumbers: [] };
// A list item of the Handelingen h-tk-20192020-31-8-n1, up to the page's link.
const NAMED = 'de motie-Van Aalst/Remco Dijkstra over het verbeteren van de N35 (';
const LINK = 'kst-35300-A-15.html';

const adopted = (text: string, linkAfter: string | null) =>
  adoptLinkTarget(text, recognizeAll(text, CONTEXT), linkAfter).find((m) => m.kind === 'motion');

describe('adoptLinkTarget', () => {
  it('gives the named motion the Kamerstuk of the link after the "(", and drops a URL made without it', () => {
    const text = `Op 10 maart 2022 is ${NAMED}`;
    const found = recognizeAll(text, CONTEXT).map((m) => ({ ...m, href: 'https://x' }));
    expect(found.map((m) => m.kind)).toEqual(['date', 'motion']);
    const result = adoptLinkTarget(text, found, LINK);
    expect(result[1]).toMatchObject({ kind: 'motion', target: 'kst-35300-A-15' });
    expect(result[1]).not.toHaveProperty('href');
    // The match before it is the same object, untouched.
    expect(result[0]).toBe(found[0]);
  });

  it.each([
    ['a full URL of the site', `https://zoek.officielebekendmakingen.nl/${LINK}`, 'kst-35300-A-15'],
    ['a link with a fragment', `${LINK}#d1`, 'kst-35300-A-15'],
    ['no link', null, null],
    ['a link to another kind of document', 'h-tk-20192020-31-8.html', null],
    ['a name that only begins like a Kamerstuk page', 'kst-35300-A-15.htmlx', null],
  ])('%s', (_, link, target) => {
    expect(adopted(NAMED, link)?.target ?? null).toBe(target);
  });

  it('only when nothing but the subject and "(" comes between the motion and the link', () => {
    expect(adopted('de motie-Van Aalst over de N35, zie ', LINK)?.target).toBeNull();
    expect(adopted('de motie-Van Aalst (', LINK)?.target).toBe('kst-35300-A-15');
    // The text ends in "(", but its last reference is a date: the link numbers that, not the motion.
    const dated = 'de motie-Van Aalst over de vergadering van 10 maart 2022 (';
    expect(adoptLinkTarget(dated, recognizeAll(dated, CONTEXT), LINK)).toEqual(
      recognizeAll(dated, CONTEXT),
    );
  });

  it('never changes a motion that has its number already', () => {
    const text = 'de motie Buitenweg en Verhoeven (30821–90) (';
    expect(adopted(text, LINK)?.target).toBe('kst-30821-90');
  });
});

describe('mayBorrowFromLinkAfter', () => {
  it('asks for the link only after a text that ends in "("', () => {
    expect(mayBorrowFromLinkAfter(NAMED)).toBe(true);
    expect(mayBorrowFromLinkAfter('over de N35 (\n  ')).toBe(true);
    expect(mayBorrowFromLinkAfter('over de N35 (35300-A)')).toBe(false);
    expect(mayBorrowFromLinkAfter('')).toBe(false);
  });

  it('is /\\(\\s*$/ written out: every UTF-16 code unit after and before the "("', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`(${ch}`, `(${ch}x`, `(${ch}${ch}`, `${ch}(`])
        if (mayBorrowFromLinkAfter(text) !== /\(\s*$/.test(text)) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  it('is /\\(\\s*$/ written out, on generated texts', () => {
    const pieces = ['(', ')', ' ', '\u00a0', '\n', '\u2009', 'a', 'N35', '((', '\t', '\u200b'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = next() % 6; k > 0; k--) text += pieces[next() % pieces.length];
      expect(mayBorrowFromLinkAfter(text), JSON.stringify(text)).toBe(/\(\s*$/.test(text));
    }
  });
});
