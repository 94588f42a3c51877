/**
 * Needle guards: a pattern paired with literal strings one of which every match of it holds
 * ("Handelingen", "kst-", "t.v.v."). A text that holds none of them cannot match, so the pattern is
 * not run on it, and on a page that never cites that form the regex is never compiled at all. In
 * the browser, compiling a recognizer's regexes on first use is most of its cost on a small page
 * (profiles in docs/performance.md); `String.prototype.includes` needs no compilation.
 *
 * The needles must be sound: tests/unit/references/guard.test.ts runs every guarded pattern over
 * every fixture text, labeled line and generated citation text, and fails when a match does not
 * hold one of its needles.
 */
export interface GuardedPattern {
  readonly re: RegExp;
  /** Case-sensitive literals; every match of `re` holds at least one of them. */
  readonly needles: readonly string[];
}

const REGISTERED: GuardedPattern[] = [];

export function guarded(re: RegExp, needles: readonly string[]): GuardedPattern {
  const pattern = { re, needles };
  REGISTERED.push(pattern);
  return pattern;
}

/** Every guarded pattern of the modules loaded so far (for the soundness test). */
export const guardedPatterns = (): readonly GuardedPattern[] => REGISTERED;

/**
 * The pattern's regex, its lastIndex set to `from`, when `text` holds one of its needles; else
 * null: no match is possible.
 */
export function armed(pattern: GuardedPattern, text: string, from = 0): RegExp | null {
  for (const needle of pattern.needles) {
    if (text.includes(needle)) {
      pattern.re.lastIndex = from;
      return pattern.re;
    }
  }
  return null;
}

/**
 * The matches of a global pattern in `text`, none when the text holds no needle. The loop may move
 * `pattern.re.lastIndex` forward to skip what it consumed.
 */
export function* matchesOf(pattern: GuardedPattern, text: string): Generator<RegExpExecArray> {
  const re = armed(pattern, text);
  if (!re) return;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}
