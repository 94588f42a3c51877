/**
 * Needle guards must never cost a match: every match of a guarded pattern holds one of its
 * needles in its own text, so any text it can match in holds one too and is never skipped. Checked
 * for every guarded pattern of every recognizer on every text node of every fixture page, on every
 * labeled line (development and frozen split) and on generated text built from citation pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeAll } from '../../../lib/references';
import {
  armed,
  guarded,
  guardedPatterns,
  matchesOf,
  type GuardedPattern,
} from '../../../lib/references/guard';
import { labeledTexts, pageTexts, textFromPieces } from './helpers';

/** Matches of the bare regex (no guard) whose text holds none of the needles: must be none. */
function unguardedMatches(pattern: GuardedPattern, text: string): string[] {
  const { re, needles } = pattern;
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!needles.some((n) => m[0].includes(n))) out.push(m[0]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('needle guards', () => {
  // Loading the recognizers registers their guarded patterns.
  const patterns = (recognizeAll('', { documentDate: null, pairNumbers: [] }), guardedPatterns());

  it('guard the patterns of every recognizer that has a literal to look for', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(18);
    for (const p of patterns) {
      expect(p.re.global, String(p.re)).toBe(true);
      expect(p.needles.length).toBeGreaterThan(0);
    }
  });

  it('are sound on fixture pages and labeled lines: every match holds a needle', () => {
    const texts = [...pageTexts(), ...labeledTexts()];
    expect(texts.length).toBeGreaterThan(1500);
    let matched = 0;
    for (const p of patterns) {
      for (const text of texts) {
        const bad = unguardedMatches(p, text);
        expect(bad, `${String(p.re)} in "${text.slice(0, 120)}"`).toEqual([]);
        p.re.lastIndex = 0;
        if (p.re.test(text)) matched++;
      }
    }
    // The corpus exercises the patterns: hundreds of texts match one.
    expect(matched).toBeGreaterThan(300);
  });

  it('are sound on text built from citation pieces', () => {
    const pieces = [
      ...labeledTexts().slice(0, 400),
      'Handelingen II ',
      'Aanhangsel ',
      'Staatscourant ',
      'Stb. ',
      'kst-',
      'h-tk-',
      'ah-tk-',
      'kv-tk-',
      'ECLI:NL:',
      't.v.v. ',
      'Zij krijgt nr. ',
      '(2022/2023 nr. 26)',
      ' der Staten-Generaal',
    ];
    fc.assert(
      fc.property(textFromPieces(pieces, 30), (text) => {
        for (const p of patterns) expect(unguardedMatches(p, text)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('skip a text without needles and run the regex on one with them', () => {
    const p = guarded(/nr\. (\d+)/g, ['nr.']);
    expect(armed(p, 'geen nummer hier')).toBeNull();
    const re = armed(p, 'x nr. 5', 2);
    expect(re?.lastIndex).toBe(2);
    expect([...matchesOf(p, 'nr. 1 en nr. 22')].map((m) => m[1])).toEqual(['1', '22']);
    expect([...matchesOf(p, 'nummer 1')]).toEqual([]);
  });
});
