/**
 * Measures three ways to find dates in Dutch parliamentary text, for docs/decisions.md:
 *   (a) our plain scanner (lib/references/date.ts),
 *   (b) chrono-node's Dutch locale, as shipped and with the refiners we would have to add,
 *   (c) compromise/one with a Dutch month/weekday lexicon and a match grammar,
 * plus compromise/one's sentence splitter on Dutch sentences with abbreviations.
 *
 * Accuracy is scored on tests/fixtures/labeled/dates.jsonl (real sentences) by ISO target, per
 * line, as multisets: the candidates cut spans differently, so spans are not compared here (the
 * unit test checks our spans). Speed is the best of several runs on the 1.5 MB Handelingen page.
 * Bundle cost is esbuild --bundle --minify --format=esm of a minimal entry, then gzip.
 *
 *   npx tsx scripts/measure-dates.ts [--details] [--lines FROM:TO]
 *   (--details lists every miss and wrong date; --lines scores a slice of the labeled lines, 0-based)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import * as chronoNl from 'chrono-node/nl';
import nlp from 'compromise/one';
import { recognizeDates } from '../lib/references/date';
import {
  isValidDate,
  parseIso,
  toIso,
  type CalendarDate,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from '../lib/calendar';
import { mostRecentOnOrBefore, nextAfter } from '../lib/references/date-relative';
import { lookupMonth } from '../lib/references/date-lexicon';

const ROOT = new URL('..', import.meta.url).pathname;

interface LabeledLine {
  text: string;
  source: string;
  date: string | null;
  refs: Array<{ kind: string; text: string; target: string | null }>;
  negatives: string[];
}

type Finder = (text: string, documentDate: string | null) => string[];

// ---------------------------------------------------------------------------------------------
// (a) the scanner

const scanner: Finder = (text, documentDate) =>
  recognizeDates(text, { documentDate, pairNumbers: [] }).map((m) => m.target ?? '');

// ---------------------------------------------------------------------------------------------
// (b) chrono-node, Dutch

/** Chrono needs a reference instant; without a document date it would use "now". */
const NOW = new Date();

function chronoReference(documentDate: string | null): Date {
  const d = parseIso(documentDate);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day, 12)) : NOW;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** As shipped: every result whose day is known (month-only results such as "januari 2019" dropped). */
const chronoAsShipped: Finder = (text, documentDate) =>
  chronoNl
    .parse(text, { instant: chronoReference(documentDate), timezone: 0 })
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month'))
    .map((r) => isoOf(r.start.date()));

/**
 * With the refiners a production use would need: "jl."/"a.s." after the text resolved against the
 * document date, a year read only when chrono saw one (else no date without a document date), and a
 * footnote digit glued to the year ("20081") stripped.
 */
const chronoRefined: Finder = (text, documentDate) => {
  const ref = parseIso(documentDate);
  const out: string[] = [];
  for (const r of chronoNl.parse(text, { instant: chronoReference(documentDate), timezone: 0 })) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const month = r.start.get('month')!;
    const day = r.start.get('day')!;
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 14);
    const glued = /^(\d{4})\d{1,2}(?!\d)/.exec(after.replace(/^[\s\u00a0]+/, ''));
    let date: CalendarDate | null = null;
    if (r.start.isCertain('year')) date = { year: r.start.get('year')!, month, day };
    else if (glued && /^[\s\u00a0]/.test(after)) date = { year: Number(glued[1]), month, day };
    else if (ref && /^[\s\u00a0]*(jl\.|jongstleden)/i.test(after))
      date = mostRecentOnOrBefore(month, day, ref);
    else if (ref && /^[\s\u00a0]*(a\.s\.|aanstaande)/i.test(after))
      date = nextAfter(month, day, ref);
    else if (ref) date = { year: r.start.get('year')!, month, day };
    if (date && isValidDate(date.year, date.month, date.day)) out.push(toIso(date));
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// (c) compromise/one with a Dutch lexicon

const DUTCH_LEXICON: Record<string, string> = {};
for (const name of MONTH_NAMES) DUTCH_LEXICON[name] = 'Month';
for (const abbreviation of [
  'jan',
  'feb',
  'febr',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]) {
  DUTCH_LEXICON[abbreviation] = 'Month';
}
for (const name of WEEKDAY_NAMES) DUTCH_LEXICON[name] = 'WeekDay';
(nlp as unknown as { addWords(words: Record<string, string>): void }).addWords(DUTCH_LEXICON);

interface CompromiseMatch {
  text: string;
  terms: Array<{ text: string; post: string }>;
}

/** A plain grammar: day, month, then a year, "jl."/"jongstleden" or "a.s."/"aanstaande". */
const compromiseGrammar: Finder = (text, documentDate) => {
  const ref = parseIso(documentDate);
  const doc = nlp(text);
  const out: string[] = [];
  // compromise cannot put a regex term inside an OR group, so one pattern per tail.
  const found = [
    ...(doc.match('/^[0-9]{1,2}$/ #Month /^[0-9]{4}$/').json() as CompromiseMatch[]),
    ...(doc
      .match('/^[0-9]{1,2}$/ #Month (jl|jongstleden|laatstleden|aanstaande|a.s.)')
      .json() as CompromiseMatch[]),
  ];
  for (const m of found) {
    const [dayTerm, monthTerm, tail] = m.terms;
    if (!dayTerm || !monthTerm || !tail) continue;
    const day = Number(dayTerm.text);
    const month = lookupMonth(monthTerm.text)?.month;
    if (!month) continue;
    let date: CalendarDate | null = null;
    if (/^\d{4}$/.test(tail.text)) date = { year: Number(tail.text), month, day };
    else if (ref && /^(jl|jongstleden|laatstleden)$/i.test(tail.text))
      date = mostRecentOnOrBefore(month, day, ref);
    else if (ref) date = nextAfter(month, day, ref);
    if (date && isValidDate(date.year, date.month, date.day)) out.push(toIso(date));
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// scoring

const DETAILS = process.argv.includes('--details');

function score(finder: Finder, lines: LabeledLine[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const line of lines) {
    const found = finder(line.text, line.date);
    for (const ref of line.refs.filter((r) => r.kind === 'date')) {
      const at = found.indexOf(ref.target ?? '');
      if (at >= 0) {
        tp++;
        found.splice(at, 1);
      } else {
        fn++;
        if (DETAILS) console.log(`  missed ${ref.target} «${ref.text}» (${line.source})`);
      }
    }
    fp += found.length;
    if (DETAILS)
      for (const f of found) console.log(`  wrong  ${f} in «${line.text.slice(0, 70)}…»`);
  }
  return { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

function msPerMb(finder: Finder, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    finder(text, '2019-12-01');
    best = Math.min(best, performance.now() - start);
  }
  return best / (text.length / 1_000_000);
}

async function bundleBytes(entry: string): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

// ---------------------------------------------------------------------------------------------
// sentence splitting

/** Real sentences from the fixtures and the labeled set, each ONE sentence, with Dutch abbreviations. */
const ONE_SENTENCE = [
  'De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd dat zij thans luidt:',
  'In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719).',
  'Zij krijgt nr. 726, was nr. 719 (21501-08).',
  'De vaste commissie voor Binnenlandse Zaken heeft mij bij brief van 26 maart jl. gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen voor provinciale staten en waterschappen aan de Kamer te doen toekomen.',
  'Daarnaast is op 28 februari jl. het wetsvoorstel uitbreiding strafbaarheid spionage in consultatie gegaan die een nieuwe bepaling aan het Wetboek van Strafrecht toevoegt.',
  'De Minister van SZW heeft de Kamer per brief d.d. 2 mei 2011 geïnformeerd over de uitvoering van de motie Slob/de Rouwe over de werktijdverkortingsregeling voor de binnenvaart.',
  'Zoals tijdens het hoofdlijnendebat op 17 februari jl. aangekondigd, werk ik daarom aan het Nationaal MilieuProgramma (NMP).',
  'In mijn brief van 25 oktober jl.1 heb ik uw Kamer geïnformeerd over de uitkomsten van de derde monitor abonnementstarief.',
  'Uit de Factsheet Strafrechtketen 2017 die op 29 juni jl. aan uw Kamer is aangeboden, blijkt dat 90 procent van vrijheidsstraffen binnen twee jaar een gevolg krijgt.',
  'Het voorstel voor Reglementswijziging vloeit voort uit de aanbevelingen in het verslag van de Tijdelijke commissie werkwijze Eerste Kamer1, waarover de Kamer op 24 oktober jl. plenair heeft gedebatteerd.',
  'Het kabinet heeft in dit verband op 1 januari jl. maatregelen getroffen, die ook de functie begeleiding raken.',
  '-het wetsvoorstel Goedkeuring van de op 24 november 2017 te Brussel tot stand gekomen Brede en versterkte partnerschapsovereenkomst tussen de Europese Unie en de Europese Gemeenschap voor Atoomenergie en hun lidstaten, enerzijds, en de Republiek Armenië, anderzijds (met Bijlagen, Protocollen en Gezamenlijke Verklaring) (Trb. 2018, 41) (35279).',
  'Ik deel aan de Kamer mee dat de fractie van GroenLinks bij de stemmingen op 26 november jongstleden over de motie-Becker c.s. (35300-VI, nr. 37) geacht wenst te worden vóór deze motie te hebben gestemd.',
  'Met de brief van 20 november 2019 (Kamerstuk 32 761 en 30 821, Nr. 152) is aan die eerdere toezegging gestand gedaan.',
  '-de motie-Remco Dijkstra c.s. over een voortvarende aanpak van de A67 tot Geldrop (35000-A, nr. 39);',
  '- de motie-M.B. Vos over ontmoediging van vliegen op korte en middellange afstand (22026, nr. 33);',
  'Bij Kabinetsmissive van 20 februari 2020, no.2020000369, heeft Uwe Majesteit, op voordracht van de Minister van Binnenlandse Zaken en Koninkrijksrelaties, mede namens de Minister-President, de Minister van Algemene Zaken, bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet.',
  'De stukken, die hierbij openbaar worden gemaakt, bevatten een mail van 5 juni 2019 van mevrouw González Pérez richting de secretaresse van de voormalig Staatssecretaris dhr. Snel.',
  '- in de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer het lid Th.A.M. Meijer tot lid in de bestaande vacature en het lid Leers tot plv. lid in plaats van het lid Bijleveld-Schouten;',
  'Uit de budgettaire bijlage bij het hoofdlijnenakkoord volgt dat de apparaatsuitgaven structureel met circa 1 mld. worden verminderd.',
  'SVB Uitvoeringstoets verhoging kindgebonden budget m.i.v. 1 januari 2025',
  'Aan de orde zijn de stemmingen over moties, ingediend bij het VSO Informele Milieuraad d.d. 10-11 april 2018,',
];

/** Real passages of exactly two sentences, so a splitter that never splits is not rewarded. */
const TWO_SENTENCES = [
  'De Minister heeft deze vragen beantwoord bij brief van 12 september 2022. Vragen en antwoorden zijn hierna afgedrukt.',
  'De Staatssecretaris heeft deze vragen beantwoord bij brief van 3 december 2018. Vragen en antwoorden zijn hierna afgedrukt.',
  'De vragen en opmerkingen zijn op 22 maart 2023 aan de Staatssecretaris van Financiën voorgelegd. Bij brief van 17 mei 2023 zijn de vragen beantwoord.',
  'Het verslag wordt ongewijzigd vastgesteld. Naar aanleiding van het verslag besluit het CVO om in de Raming 2025 en in de Voorjaarsnota 2024 een korte toelichting op te nemen over de Kamerbrede ondersteuning en expertise op het terrein van digitalisering en AI.',
];

const DUTCH_ABBREVIATIONS = [
  'nr',
  'nrs',
  'jl',
  'plv',
  'dhr',
  'mw',
  'mevr',
  'trb',
  'stb',
  'stcrt',
  'bijv',
  'blz',
  'mld',
  'mln',
  'no',
  'art',
  'c.s',
  'd.d',
  'm.i.v',
  'a.s',
  'o.a',
  'z.s.m',
  't.v.v',
  'i.v.m',
  'm.b.t',
];

function sentenceErrors(): { plain: number; withAbbreviations: number; total: number } {
  const count = () => {
    let wrong = 0;
    for (const s of ONE_SENTENCE) if ((nlp(s).out('array') as string[]).length !== 1) wrong++;
    for (const s of TWO_SENTENCES) if ((nlp(s).out('array') as string[]).length !== 2) wrong++;
    return wrong;
  };
  const plain = count();
  const abbreviations = (
    nlp as unknown as { world(): { model: { one: { abbreviations: Record<string, boolean> } } } }
  ).world().model.one.abbreviations;
  for (const a of DUTCH_ABBREVIATIONS) abbreviations[a] = true;
  const withAbbreviations = count();
  return { plain, withAbbreviations, total: ONE_SENTENCE.length + TWO_SENTENCES.length };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  // --lines 111: scores only lines 111 onwards (0-based), e.g. the held-out part of the set.
  const range = process.argv[process.argv.indexOf('--lines') + 1];
  const [from, to] =
    process.argv.includes('--lines') && range
      ? range.split(':').map((n) => (n ? Number(n) : undefined))
      : [];
  const lines = readFileSync(`${ROOT}tests/fixtures/labeled/dates.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabeledLine)
    .slice(from ?? 0, to);
  const gold = lines.reduce((n, l) => n + l.refs.filter((r) => r.kind === 'date').length, 0);
  const negatives = lines.reduce((n, l) => n + l.negatives.length, 0);

  const html = readFileSync(`${ROOT}tests/fixtures/pages/h-tk-large-benchmark.html`, 'utf8');
  const bench = new JSDOM(html).window.document.body.textContent ?? '';

  const candidates: Array<{ name: string; finder: Finder; runs: number; entry: string }> = [
    {
      name: '(a) plain scanner (lib/references/date.ts)',
      finder: scanner,
      runs: 7,
      entry: `export { recognizeDates } from './lib/references/date';`,
    },
    {
      name: '(b1) chrono-node nl, as shipped',
      finder: chronoAsShipped,
      runs: 2,
      entry: `import * as nl from 'chrono-node/nl'; export const f = (t, d) => nl.parse(t, d);`,
    },
    {
      name: '(b2) chrono-node nl + our refiners',
      finder: chronoRefined,
      runs: 2,
      entry: `import * as nl from 'chrono-node/nl'; export { mostRecentOnOrBefore } from './lib/references/date-relative'; export const f = (t, d) => nl.parse(t, d);`,
    },
    {
      name: '(c) compromise/one + Dutch lexicon + grammar',
      finder: compromiseGrammar,
      runs: 2,
      entry: `import nlp from 'compromise/one'; export { lookupMonth } from './lib/references/date-lexicon'; export const f = (t) => nlp(t).match('#Month').json();`,
    },
  ];

  console.log(
    `Labeled set: ${lines.length} real lines, ${gold} date references, ${negatives} hard negatives.`,
  );
  console.log(
    `Speed text: h-tk-large-benchmark body, ${(bench.length / 1e6).toFixed(2)} M characters.`,
  );
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
  console.log(
    '| candidate | found | wrong | missed | precision | recall | ms per MB | min kB | min+gz kB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of candidates) {
    if (DETAILS) console.log(c.name);
    const s = score(c.finder, lines);
    const speed = msPerMb(c.finder, bench, c.runs);
    const size = await bundleBytes(c.entry);
    console.log(
      `| ${c.name} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ` +
        `${speed.toFixed(0)} | ${(size.min / 1024).toFixed(1)} | ${(size.gz / 1024).toFixed(1)} |`,
    );
  }

  const split = sentenceErrors();
  console.log(
    `\ncompromise/one sentence splitter on ${split.total} real Dutch passages with abbreviations: ` +
      `${split.plain} segmented wrongly as shipped, ${split.withAbbreviations} with ${DUTCH_ABBREVIATIONS.length} Dutch abbreviations added.`,
  );
}

void main();
