import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeDocument, analyzeText } from '@/lib/analyze';
import { loadPage } from './helpers/fixture-page';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const runCli = (args: string[], input?: string) =>
  spawnSync(TSX, ['bin/analyze.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('analyze (lib)', () => {
  it('answer page: the contract’s id, kind, pairs and references', () => {
    const { url, document } = loadPage('ah-tk-20212022-3019');
    const result = analyzeDocument(document, url);
    expect(result.id).toBe('ah-tk-20212022-3019');
    expect(result.kind).toBe('answer');
    expect(result.pairs).toHaveLength(15);
    expect(result.pairs[0]).toEqual({
      number: '1',
      question:
        'Hoe beoordeelt u dit bericht? Kunt u het gebruik van omstreden Chinese bewakingscamera’s door de Nederlandse overheid ofwel de Nederlandse politie bevestigen?',
      answer: 'Ja, de Nederlandse overheid maakt gebruik van Chinese camera’s.',
    });
    expect(result.pairs[14]!.answer).toBeNull();
    expect(result.references).toContainEqual({
      kind: 'motion',
      text: 'motie Buitenweg en Verhoeven (30821–90)',
      target: 'kst-30821-90',
      url: 'https://zoek.officielebekendmakingen.nl/kst-30821-90.html',
      date: null,
    });
    expect(result.references).toContainEqual(
      expect.objectContaining({ kind: 'kamerstuk', target: 'kst-32761-152' }),
    );
    expect(result.references).toContainEqual(
      expect.objectContaining({
        kind: 'date',
        text: '20 november 2019',
        target: '2019-11-20',
        date: '2019-11-20',
      }),
    );
  });

  it('relative dates in a question resolve against its submission, in an answer against receipt', () => {
    // A variant of the real page: the answer's sentence "Daarnaast is op 28 februari jl. …", with
    // another day, placed in question 1 (asked 10 maart 2022) and kept in answer 12 (8 juni 2022).
    const { html } = loadPage('ah-tk-20212022-3019');
    const variant = html
      .replace(
        'Nederlandse politie bevestigen?',
        'Nederlandse politie bevestigen? Daarnaast is op 28 mei jl. het wetsvoorstel in consultatie gegaan.',
      )
      .replace('Daarnaast is op 28\u00a0februari jl.', 'Daarnaast is op 28\u00a0mei jl.');
    const { url, document } = loadPage('ah-tk-20212022-3019', variant);
    const dates = analyzeDocument(document, url).references.filter((r) =>
      /^28\s+mei jl\.$/.test(r.text),
    );
    expect(dates.map((r) => r.date)).toEqual(['2021-05-28', '2022-05-28']);
  });

  it('question page: questions only', () => {
    const { url, document } = loadPage('kv-tk-2022Z04510');
    const result = analyzeDocument(document, url);
    expect(result.kind).toBe('question');
    expect(result.pairs.every((p) => p.answer === null)).toBe(true);
  });

  it('text: no id, kind other, no pairs; relative dates against the given date', () => {
    const result = analyzeText('De brief van 26 maart jl. (Kamerstuk 35 165, nr. 2)', '2019-06-14');
    expect(result).toMatchObject({ id: null, kind: 'other', pairs: [] });
    expect(result.references.map((r) => [r.kind, r.target])).toEqual([
      ['date', '2019-03-26'],
      ['kamerstuk', 'kst-35165-2'],
    ]);
  });
});

// Each case starts a Node process; shared CI machines can be slow to do so.
describe('analyze (CLI)', { timeout: 90_000 }, () => {
  it('prints one JSON object for a saved page', () => {
    const out = execFileSync(
      TSX,
      ['bin/analyze.ts', 'tests/fixtures/pages/kv-tk-2022Z04510.html'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const result = JSON.parse(out);
    expect(result).toMatchObject({ id: 'kv-tk-2022Z04510', kind: 'question' });
    expect(result.pairs).toHaveLength(15);
  });

  it('exits 2 with one line for unreadable or unknown input', () => {
    for (const args of [['tests/fixtures/does-not-exist.html'], ['package.json'], []]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--jsonl: one result per line, in order; a bad line gets {error} and the rest go on', () => {
    const input = [
      JSON.stringify({ text: 'Stb. 2019, 123', date: '2019-06-14' }),
      'not json',
      JSON.stringify({
        html: '<p>zie Trb. 2008, 175</p>',
        url: 'https://zoek.officielebekendmakingen.nl/x.html',
      }),
    ].join('\n');
    const r = runCli(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].references[0].target).toBe('stb-2019-123');
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2].references[0].target).toBe('trb-2008-175');
  });

  it('--date must be a real calendar date: exit 2 with one line otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kamerlens-analyze-'));
    const file = join(dir, 'brief.txt');
    writeFileSync(file, 'Zoals gemeld op 26 maart jl. in de Kamer.');
    for (const date of ['2022-02-30', '2022-13-01', '2023-02-29', '2022-00-10', '2022-4-1']) {
      const r = runCli([file, '--date', date]);
      expect(r.status, date).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(date);
    }
    const leap = runCli([file, '--date', '2024-02-29']);
    expect(leap.status).toBe(0);
    expect(
      JSON.parse(leap.stdout).references.some((x: { date: string }) => x.date === '2023-03-26'),
    ).toBe(true);
  });

  it('binary input (a NUL byte) exits 2 with one line; in --jsonl that line gets {error}', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kamerlens-analyze-'));
    for (const name of ['image.html', 'data.txt']) {
      const file = join(dir, name);
      writeFileSync(
        file,
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      );
      const r = runCli([file]);
      expect(r.status, name).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/binary/);
    }
    const input = [
      JSON.stringify({ text: 'tekst\u0000met NUL' }),
      'raw\u0000line',
      JSON.stringify({ text: 'Stb. 2019, 123' }),
    ].join('\n');
    const r = runCli(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].error).toMatch(/NUL/);
    expect(lines[1].error).toMatch(/NUL/);
    expect(lines[2].references[0].target).toBe('stb-2019-123');
  });
});
