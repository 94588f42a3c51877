import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage, introParagraphs } from '../../../lib/page/detect';
import { PAGES_DIR, loadPage } from '../helpers/fixture-page';

const SELECTOR = 'p.kamervraagomschrijving, #broodtekst > p, .stuk > p';

describe('introParagraphs', () => {
  it('is the first six paragraphs the intro selector matches, on every fixture page', () => {
    const ids = readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.replace(/\.html$/, ''));
    expect(ids).toContain('h-tk-large-benchmark');
    for (const id of ids) {
      const { document } = loadPage(id);
      const expected = Array.from(document.querySelectorAll(SELECTOR)).slice(0, 6);
      expect(introParagraphs(document), id).toEqual(expected);
    }
  });

  it('still reads the submission and receipt dates from the intro of Kamervragen 2022Z04510', () => {
    const { url, document } = loadPage('kv-tk-2022Z04510');
    for (const m of document.querySelectorAll('meta[name^="OVERHEIDop.datum"]')) m.remove();
    const page = detectPage(url, document)!;
    expect(page.submitted).toBe('2022-03-10');
  });
});
