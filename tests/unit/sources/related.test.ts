import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/page/detect';
import { relatedFromPage, zieOokIds } from '../../../lib/sources/related';
import { SITE, htmlDoc, pageHtml } from './fixtures';

const load = (id: string) => {
  const doc = htmlDoc(pageHtml(id));
  const page = detectPage(`${SITE}/${id}.html`, doc)!;
  return { doc, page };
};

describe('relatedFromPage', () => {
  it('a question page names its answer and its delay notice, in order', () => {
    const { doc, page } = load('kv-tk-2022Z04510');
    const r = relatedFromPage(page, doc);
    expect(r.questionId).toBeNull();
    expect(r.aanhangselIds).toEqual([
      'ah-tk-20212022-3019',
      'ah-tk-20212022-mededeling-placeholder',
    ]);
  });

  it('an answer page points back to its question', () => {
    const { doc, page } = load('ah-tk-20212022-3019');
    const r = relatedFromPage(page, doc);
    expect(r.questionId).toBe('kv-tk-2022Z04510');
    expect(r.aanhangselIds).toEqual([]);
  });

  it('the notice page points back to its question too', () => {
    const { doc, page } = load('ah-tk-20212022-mededeling-placeholder');
    expect(page.kind).toBe('notice');
    expect(relatedFromPage(page, doc).questionId).toBe('kv-tk-2022Z04510');
  });

  it('a question page without answer tags names nothing (answer unknown, not "never answered")', () => {
    const { doc, page } = load('kv-tk-2011Z04442');
    expect(relatedFromPage(page, doc).aanhangselIds).toEqual([]);
  });
});

describe('zieOokIds', () => {
  it('reads the singular form (real text of 2022D31072)', () => {
    expect(
      zieOokIds(
        '(ontvangen 14 juli 2022). Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173.',
      ),
    ).toEqual(['ah-tk-20212022-3173']);
  });
  it('reads the plural form with two numbers', () => {
    expect(
      zieOokIds('Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.'),
    ).toEqual(['ah-tk-20242025-1016', 'ah-tk-20242025-1044']);
  });
  it('reads a line-broken sentence (as the Tweede Kamer site renders it)', () => {
    expect(
      zieOokIds(
        '(ontvangen\n4 februari 2025). Zie ook Aanhangsel\nHandelingen, vergaderjaar 2024–2025, nr. 1028.',
      ),
    ).toEqual(['ah-tk-20242025-1028']);
  });
});
