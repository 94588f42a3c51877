import { describe, expect, it } from 'vitest';
import { KINDS, REFERENCE_KINDS, type ReferenceKind } from '../../../lib/references/kinds';
import { catalog, kindMessage } from '../../../lib/i18n';
import { resolveOverlaps } from '../../../lib/references';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { Match } from '../../../lib/references/types';

const match = (kind: ReferenceKind): Match => ({
  kind,
  start: 0,
  end: 5,
  text: 'x'.repeat(5),
  target: null,
  date: null,
});

describe('the kinds table', () => {
  it.each(['nl', 'en'] as const)(
    'every kind has a non-empty %s name for the popup and options',
    (lang) => {
      for (const kind of REFERENCE_KINDS) {
        expect(catalog(lang)[kindMessage(kind)], `${lang} refKind.${kind}`).toMatch(/\S/);
      }
    },
  );

  it('lists every kind once, and the defaults switch each one on', () => {
    expect(new Set(REFERENCE_KINDS).size).toBe(REFERENCE_KINDS.length);
    expect(Object.keys(DEFAULT_SETTINGS.references)).toEqual([...REFERENCE_KINDS]);
    expect(Object.values(DEFAULT_SETTINGS.references).every(Boolean)).toBe(true);
  });

  it('on equal spans the more specific kind wins, by the table’s priority', () => {
    for (const a of REFERENCE_KINDS) {
      for (const b of REFERENCE_KINDS) {
        if (KINDS[a].priority === KINDS[b].priority) continue;
        const [kept] = resolveOverlaps([match(a), match(b)]);
        expect(kept!.kind).toBe(KINDS[a].priority > KINDS[b].priority ? a : b);
      }
    }
  });
});
