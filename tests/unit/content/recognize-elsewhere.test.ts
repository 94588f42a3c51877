/**
 * The content script's messages to the background for recognition (recognize-elsewhere.ts): one
 * per call, and none more once the background has failed to answer.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recognizeInBackground } from '../../../entrypoints/kamerlens.content/recognize-elsewhere';
import { answerRecognizeRequest, isRecognizeRequest } from '../../../lib/recognition/elsewhere';
import { textContext, type RecognitionContext } from '../../../lib/recognition/context';

const CONTEXT = textContext('2022-06-08', []);
const context: RecognitionContext = {
  at: () => CONTEXT,
  crossrefAnchor: () => null,
  describe: { documentDate: '2022-06-08', submitted: null },
};
const TEXTS = [
  'Zie de motie Buitenweg en Verhoeven (30821–90).',
  'de motie-Van Aalst over de N35 (',
];
// As the page reads them: the second text ends in "(" before the page's link to the motion.
const LINKS_AFTER = [null, 'kst-35300-A-15.html'];
const batches = () => [
  { texts: TEXTS, linksAfter: LINKS_AFTER, at: document.createTextNode(TEXTS[0]!) },
];

/** A background that answers each recognize message with `answer(message)`; counts them. */
function background(answer: (message: unknown) => unknown) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    seen.push(message);
    return Promise.resolve(answer(message));
  });
  return seen;
}

describe('recognizeInBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the texts in one message and gives the lists of the answer', async () => {
    const seen = background((m) =>
      isRecognizeRequest(m) ? answerRecognizeRequest(m) : { ok: false },
    );
    const ask = recognizeInBackground(context);
    const first = (await ask(batches())) as unknown[][];
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ batches: [{ texts: TEXTS, linksAfter: LINKS_AFTER }] });
    expect(first).toHaveLength(1);
    expect(first[0]).toHaveLength(TEXTS.length);
    expect((first[0]![0] as { kind: string }[]).map((m) => m.kind)).toContain('motion');
    // A good answer: the next part of the pass asks again.
    await ask(batches());
    expect(seen).toHaveLength(2);
  });

  it.each([
    ['says it cannot', () => ({ ok: false })],
    ['answers a list short of the texts sent', () => ({ ok: true, matches: [[[]]] })],
    ['answers no list per batch', () => ({ ok: true, matches: [] })],
  ])('gives null when the background %s, and asks no more in that pass', async (_, answer) => {
    const seen = background(answer);
    const ask = recognizeInBackground(context);
    expect(await ask(batches())).toBeNull();
    expect(await ask(batches())).toBeNull();
    expect(seen).toHaveLength(1);
    // A new pass asks again.
    expect(await recognizeInBackground(context)(batches())).toBeNull();
    expect(seen).toHaveLength(2);
  });
});
