/**
 * The message between the content script and the background that recognizes for it: what the
 * background accepts, what it answers, and what the content script takes from an answer.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_REQUEST_CHARS,
  RECOGNIZE_MESSAGE,
  anchorRecord,
  answerRecognizeRequest,
  isRecognizeRequest,
  answeredMatches,
  type RecognizeRequest,
} from '@/lib/recognition/elsewhere';
import { recognizeAll } from '@/lib/references';
import { urlForMatch } from '@/lib/links';

// Sentences from the answer page of 2022Z04510 (ah-tk-20212022-3019).
const MOTION =
  'Hierbij verwijs ik naar de motie Buitenweg en Verhoeven (30821–90) en naar het antwoord op vraag 3.';
const DATE = 'Het kabinet heeft op 20 november 2019 een besluit genomen.';
// From the Handelingen h-tk-20192020-31-8-n1: the motion's number is the page link after the "(".
const NAMED = 'de motie-Van Aalst/Remco Dijkstra over het verbeteren van de N35 (';
const NAMED_LINK = 'kst-35300-A-15.html';
const CONTEXT = { documentDate: '2022-06-08', pairNumbers: ['1', '2', '3'] };

const request = (over: Partial<RecognizeRequest> = {}): RecognizeRequest => ({
  type: RECOGNIZE_MESSAGE,
  batches: [{ context: CONTEXT, texts: [MOTION, DATE], linksAfter: [null, null] }],
  anchors: { '3': 'd17e200' },
  ...over,
});

/** `list` with index `i` left a hole (as a structured clone may keep one). */
function holeAt<T>(i: number, list: T[]): T[] {
  const copy = [...list];
  delete copy[i];
  return copy;
}

describe('isRecognizeRequest', () => {
  it('accepts what the content script sends', () => {
    expect(isRecognizeRequest(request())).toBe(true);
    expect(isRecognizeRequest(request({ batches: [] }))).toBe(true);
    // A text followed by a page link that may number a motion in it.
    const named = { context: CONTEXT, texts: [NAMED, DATE], linksAfter: [NAMED_LINK, null] };
    expect(isRecognizeRequest(request({ batches: [named] }))).toBe(true);
  });

  it.each([
    ['another message', { ...request(), type: 'kamerlens:odata-get' }],
    [
      'texts that are not strings',
      request({ batches: [{ context: CONTEXT, texts: [1 as never], linksAfter: [null] }] }),
    ],
    ['no link list', request({ batches: [{ context: CONTEXT, texts: [MOTION] } as never] })],
    [
      'a link list short of the texts',
      request({ batches: [{ context: CONTEXT, texts: [MOTION, DATE], linksAfter: [null] }] }),
    ],
    [
      'a link list longer than the texts',
      request({ batches: [{ context: CONTEXT, texts: [MOTION], linksAfter: [null, null] }] }),
    ],
    [
      'links that are not a list',
      request({ batches: [{ context: CONTEXT, texts: [MOTION], linksAfter: 'x' as never }] }),
    ],
    [
      'a hole where a text should be',
      request({
        batches: [{ context: CONTEXT, texts: holeAt(1, [MOTION, DATE]), linksAfter: [null, null] }],
      }),
    ],
    [
      'a hole where a link should be',
      request({
        batches: [{ context: CONTEXT, texts: [MOTION, DATE], linksAfter: holeAt(0, [null, null]) }],
      }),
    ],
    [
      'more link text than one request may carry',
      request({
        batches: [{ context: CONTEXT, texts: ['x'], linksAfter: ['x'.repeat(MAX_REQUEST_CHARS)] }],
      }),
    ],
    [
      'a link that is not a string',
      request({ batches: [{ context: CONTEXT, texts: [MOTION], linksAfter: [7 as never] }] }),
    ],
    [
      'a context without pairs',
      request({
        batches: [{ context: { documentDate: null } as never, texts: [], linksAfter: [] }],
      }),
    ],
    [
      'a date that is not a string',
      request({
        batches: [
          { context: { documentDate: 5 as never, pairNumbers: [] }, texts: [], linksAfter: [] },
        ],
      }),
    ],
    ['anchors as a list', request({ anchors: [] as never })],
    ['an anchor that is not a string', request({ anchors: { '3': 7 as never } })],
    ['no batches', { type: RECOGNIZE_MESSAGE, anchors: {} }],
    ['nothing', null],
    [
      'more text than one request may carry',
      request({
        batches: [
          { context: CONTEXT, texts: ['x'.repeat(MAX_REQUEST_CHARS + 1)], linksAfter: [null] },
        ],
      }),
    ],
  ])('refuses %s', (_, message) => {
    expect(isRecognizeRequest(message)).toBe(false);
  });
});

describe('answerRecognizeRequest', () => {
  it('finds what recognizeAll finds, each match with the URL lib/links gives it', () => {
    const answer = answerRecognizeRequest(request());
    if (!answer.ok) throw new Error('no answer');
    const crossrefAnchor = (n: string) => (n === '3' ? 'd17e200' : null);
    const expected = [MOTION, DATE].map((text) =>
      recognizeAll(text, CONTEXT).map((m) => ({ ...m, href: urlForMatch(m, { crossrefAnchor }) })),
    );
    expect(answer.matches).toEqual([expected]);
    const motion = answer.matches[0]![0]!.find((m) => m.kind === 'motion');
    expect(motion?.href).toBe('https://zoek.officielebekendmakingen.nl/kst-30821-90.html');
    const crossref = answer.matches[0]![0]!.find((m) => m.kind === 'crossref');
    expect(crossref?.href).toBe('#d17e200');
    expect(answer.matches[0]![1]!.find((m) => m.kind === 'date')?.date).toBe('2019-11-20');
  });

  it("a motion named before a page link numbering it takes that link's target, and its URL", () => {
    const answer = answerRecognizeRequest(
      request({
        batches: [{ context: CONTEXT, texts: [NAMED, NAMED], linksAfter: [NAMED_LINK, null] }],
      }),
    );
    if (!answer.ok) throw new Error('no answer');
    const [withLink, without] = answer.matches[0]!.map((found) =>
      found.find((m) => m.kind === 'motion'),
    );
    expect(withLink?.target).toBe('kst-35300-A-15');
    expect(withLink?.href).toBe('https://zoek.officielebekendmakingen.nl/kst-35300-A-15.html');
    // Without the link: the name alone, linked as lib/links links a motion it cannot number.
    expect(without?.target).toBeNull();
    expect(without?.href).toBe(urlForMatch(without!));
  });

  it('a question the page has no anchor for gets no cross-reference link', () => {
    const answer = answerRecognizeRequest(request({ anchors: {} }));
    if (!answer.ok) throw new Error('no answer');
    const crossref = answer.matches[0]![0]!.find((m) => m.kind === 'crossref');
    expect(crossref?.target).toBe('vraag-3');
    expect(crossref?.href).toBeNull();
  });
});

describe('anchorRecord', () => {
  it('keeps the questions that have an anchor', () => {
    expect(anchorRecord(['1', '2', '3'], (n) => (n === '2' ? null : `q${n}`))).toEqual({
      '1': 'q1',
      '3': 'q3',
    });
  });
});

describe('answeredMatches', () => {
  // One batch of two texts, as request() sends.
  const sent = [2];
  const good = () => {
    const answer = answerRecognizeRequest(request());
    return JSON.parse(JSON.stringify(answer)) as { ok: true; matches: unknown[][][] };
  };

  it("takes the match lists as they came: the annotator checks each match, in the page's time", () => {
    const answer = good();
    answer.matches[0]![0]!.push({ kind: 'motion', start: 5, end: 2 });
    expect(answeredMatches(answer, sent)).toBe(answer.matches);
  });

  it.each([
    ['a failure', { ok: false }],
    ['no answer', undefined],
    ['an answer without lists', { ok: true, matches: {} }],
    ['a string', 'ok'],
    ['a batch too few', { ok: true, matches: [] }],
    ['a text too few', { ok: true, matches: [[[]]] }],
    ['a list where texts should be', { ok: true, matches: [{}] }],
    ['a hole where a batch should be', { ok: true, matches: holeAt(0, [[[], []]]) }],
  ])('gives null for %s', (_, response) => {
    expect(answeredMatches(response, sent)).toBeNull();
  });
});
