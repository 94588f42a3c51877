import { describe, expect, it } from 'vitest';
import { buildSummary, groupReferences, ITEMS_PER_KIND } from '../../lib/summary';
import { isContentRequest, MESSAGE } from '../../lib/messages';
import { loadFixture } from './copy/fixture';

describe('popup summary', () => {
  it('answer page 2022Z04510: id, kind, 15 pairs with question 15 unanswered, dates, strategy', () => {
    const { model } = loadFixture('ah-tk-20212022-3019');
    const summary = buildSummary(model, [
      { kind: 'motion', text: 'motie Buitenweg en Verhoeven (30821–90)', target: 'kst-30821-90' },
      { kind: 'date', text: '22 maart 2022', target: '2022-03-22' },
      { kind: 'kamerstuk', text: 'Kamerstuk 32 761 en 30 821, Nr. 152', target: 'kst-32761-152' },
    ]);
    expect(summary).toMatchObject({
      id: 'ah-tk-20212022-3019',
      kind: 'answer',
      vraagnummer: '2022Z04510',
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html',
      pairs: 15,
      answered: 14,
      unanswered: ['15'],
      strategy: 'koop-classes',
      daysTaken: 90,
      timeline: [
        { event: 'submitted', date: '2022-03-10' },
        { event: 'received', date: '2022-06-08' },
      ],
    });
    expect(summary.diagnostics).toEqual(model.diagnostics);
    // Parliamentary papers first, dates last; indexes point at the page's n-th reference link.
    expect(summary.references.map((g) => [g.kind, g.count, g.items[0]!.index])).toEqual([
      ['motion', 1, 0],
      ['kamerstuk', 1, 2],
      ['date', 1, 1],
    ]);
    // The summary crosses a message channel: it must survive structured cloning unchanged.
    expect(structuredClone(summary)).toEqual(summary);
  });

  it('groups repeated targets once and caps the items per kind, keeping the count', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      kind: 'date' as const,
      text: `${i + 1} maart 2022`,
      target: `2022-03-${String(i + 1).padStart(2, '0')}`,
    }));
    const groups = groupReferences([...many, many[0]!]);
    expect(groups[0]!.count).toBe(21);
    expect(groups[0]!.items).toHaveLength(ITEMS_PER_KIND);
  });

  it('knows its own messages', () => {
    expect(isContentRequest({ type: MESSAGE.summary })).toBe(true);
    expect(isContentRequest({ type: 'other' })).toBe(false);
    expect(isContentRequest(null)).toBe(false);
  });
});
