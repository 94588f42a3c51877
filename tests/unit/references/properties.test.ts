/**
 * Properties of recognizeAll on generated text built from the fragments recognizers react to: spans
 * are in order, never overlap and match the text they claim; every target has the shape DESIGN.md's
 * contract gives for its kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContext, recognizeAll } from '../../../lib/references';
import { ADVERSARIAL_FRAGMENTS, adversarialText } from '../../../lib/references/adversarial';
import type { ReferenceKind } from '../../../lib/references/types';

const TARGET_SHAPE: Record<ReferenceKind, RegExp> = {
  // A dossier is five digits or an Eerste Kamer Roman numeral (CLVI); older numbers may end in a
  // lower-case letter (235a).
  motion: /^kst-(\d{5}|C[CLXVI]*)(-[0-9A-Z]{1,5})*-(\d{1,4}[a-z]?|[A-Z]{1,3})$/,
  kamerstuk:
    /^(kst-(\d{5}|C[CLXVI]*)(-[0-9A-Z]{1,5})*-(\d{1,4}[a-z]?|[A-Z]{1,3})|dossier-(\d{5}|C[CLXVI]*)(-[0-9A-Z]{1,5})*)$/,
  handelingen: /^h-(tk|ek)-\d{8}-\d{1,3}-\d{1,3}$/,
  aanhangsel: /^ah-(tk|ek)-\d{8}-\d{1,5}$/,
  kamervraag: /^kv-(tk|ek)-\d{4}Z\d{5}$/,
  staatsblad: /^stb-\d{4}-\d{1,6}$/,
  staatscourant: /^stcrt-\d{4}-\d{1,6}$/,
  tractatenblad: /^trb-\d{4}-\d{1,6}$/,
  ecli: /^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]$/,
  zaak: /^\d{4}Z\d{5}$/,
  document: /^\d{4}D\d{5}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  crossref: /^vraag-\d{1,3}[a-z]?$/,
};

const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...ADVERSARIAL_FRAGMENTS), fc.string({ maxLength: 4 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

function checkMatches(text: string): void {
  const matches = recognizeAll(text, emptyContext());
  let lastEnd = 0;
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    lastEnd = m.end;
    const shape = TARGET_SHAPE[m.kind];
    if (m.target !== null) expect(m.target).toMatch(shape);
    for (const also of m.alsoTargets ?? []) expect(also).toMatch(shape);
    if (m.kind !== 'date') expect(m.date).toBeNull();
  }
}

describe('recognizeAll properties', () => {
  it('gives ordered, non-overlapping, faithful spans with well-formed targets', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        checkMatches(text);
      }),
      { numRuns: 400 },
    );
  });

  it('holds on a long adversarial string too', () => {
    checkMatches(adversarialText(50_000));
  });

  it('adversarialText is deterministic and has the requested length', () => {
    expect(adversarialText(10_000)).toHaveLength(10_000);
    expect(adversarialText(5_000)).toBe(adversarialText(10_000).slice(0, 5_000));
  });
});
