import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { recognizeDates } from '../../../lib/references/date';

interface LabeledRef {
  kind: string;
  text: string;
  target: string | null;
}

interface LabeledLine {
  text: string;
  source: string;
  date: string | null;
  refs: LabeledRef[];
  negatives: string[];
}

const lines: LabeledLine[] = readFileSync('tests/fixtures/labeled/dates.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as LabeledLine);

describe('dates.jsonl: the labeled set itself', () => {
  it('holds at least 80 date references and 25 hard negatives, each quoted from its line', () => {
    const refs = lines.flatMap((l) => l.refs.filter((r) => r.kind === 'date'));
    const negatives = lines.flatMap((l) => l.negatives);
    expect(refs.length).toBeGreaterThanOrEqual(80);
    expect(negatives.length).toBeGreaterThanOrEqual(25);
    for (const line of lines) {
      for (const r of line.refs) expect(line.text).toContain(r.text);
      for (const n of line.negatives) expect(line.text).toContain(n);
    }
  });
});

describe('recognizeDates on the labeled set', () => {
  it('reaches precision ≥ 0.99 and recall ≥ 0.97 by exact target and span text', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const line of lines) {
      const found = recognizeDates(line.text, { documentDate: line.date, pairNumbers: [] }).map(
        (m) => `${m.target} «${m.text}»`,
      );
      for (const ref of line.refs.filter((r) => r.kind === 'date')) {
        const key = `${ref.target} «${ref.text}»`;
        const at = found.indexOf(key);
        if (at >= 0) {
          truePositives++;
          found.splice(at, 1);
        } else {
          falseNegatives++;
          misses.push(`missed ${key} in ${line.source}`);
        }
      }
      falsePositives += found.length;
      misses.push(...found.map((f) => `extra ${f} in ${line.source}`));
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `dates: ${truePositives} found, ${falsePositives} wrong, ${falseNegatives} missed; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(misses).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('marks nothing inside a hard negative', () => {
    for (const line of lines) {
      const matches = recognizeDates(line.text, { documentDate: line.date, pairNumbers: [] });
      for (const negative of line.negatives) {
        for (
          let at = line.text.indexOf(negative);
          at >= 0;
          at = line.text.indexOf(negative, at + 1)
        ) {
          const end = at + negative.length;
          const overlapping = matches.filter((m) => m.start < end && m.end > at);
          expect(overlapping, `${negative} in ${line.source}`).toEqual([]);
        }
      }
    }
  });
});

describe('recognizeDates on the fixture pages', () => {
  const bodyText = (file: string) => {
    const html = readFileSync(`tests/fixtures/pages/${file}`, 'utf8');
    return new JSDOM(html).window.document.querySelector('#broodtekst')!.textContent!;
  };
  const targets = (file: string, documentDate: string) =>
    recognizeDates(bodyText(file), { documentDate, pairNumbers: [] }).map((m) => m.target);

  it('kst-35165-9: every date of the letter, "jl." resolved against 14 June 2019', () => {
    expect(targets('kst-35165-9.html', '2019-06-14')).toEqual([
      '2019-06-14',
      '2019-03-20',
      '2019-05-23',
      '2019-05-27',
      '2019-03-26',
      '2019-04-18',
      '2019-06-19',
    ]);
  });

  it('ah-tk-20212022-3019: the answer page', () => {
    expect(targets('ah-tk-20212022-3019.html', '2022-06-08')).toEqual([
      '2022-03-10',
      '2022-06-08',
      '2022-03-22',
      '2022-04-05',
      '2019-06-25',
      '2019-07-02',
      '2019-06-20',
      '2019-11-20',
      '2018-03-16',
      '2022-02-28',
    ]);
  });

  it('kst-32500-XII-72 and kst-31066-444: "d.d." dates and no vague month phrases', () => {
    expect(targets('kst-32500-XII-72.html', '2011-05-18')).toEqual([
      '2011-05-18',
      '2011-05-18',
      '2011-04-13',
      '2011-05-02',
    ]);
    expect(targets('kst-31066-444.html', '2018-12-04')).toEqual([
      '2018-12-04',
      '2018-10-31',
      '2018-12-03',
    ]);
  });
});
