import type { RecognizeContext } from '@/lib/references/types';
import type { TextsToRecognize } from '@/lib/dom/annotate';
import {
  RECOGNIZE_MESSAGE,
  anchorRecord,
  answeredMatches,
  type RecognizeRequest,
} from '@/lib/recognition/elsewhere';
import type { RecognitionContext } from '@/lib/recognition/context';
import { askBackground } from './ask-background';

/**
 * A background that has not answered by then is taken as gone: the page recognizes itself. A
 * sleeping service worker wakes well within it (docs/performance.md); the page stays readable
 * meanwhile, only its links wait.
 */
const ANSWER_GUARD_MS = 3000;

/**
 * Texts of one annotation pass → their matches, recognized and linked by the background, one
 * message per call (the first screen, the rest, each far section), as it sent them: the annotator
 * checks them. Resolves to null (never rejects) when the background cannot answer: an extension
 * reloaded under an open page, a lost reply or one without a list per text, no answer in time;
 * from then on, for the rest of the pass, without asking again.
 */
export function recognizeInBackground(
  context: RecognitionContext,
): (batches: readonly TextsToRecognize[]) => Promise<unknown[][] | null> {
  // Set once the background failed to answer: the rest of this pass recognizes here.
  let unavailable = false;
  return async (batches) => {
    if (unavailable || batches.length === 0) return null;
    const contexts: RecognizeContext[] = batches.map(({ at }) => context.at(at));
    const request: RecognizeRequest = {
      type: RECOGNIZE_MESSAGE,
      batches: batches.map(({ texts, linksAfter }, i) => ({
        context: contexts[i]!,
        texts,
        linksAfter,
      })),
      anchors: anchorRecord(contexts[0]!.pairNumbers, context.crossrefAnchor),
    };
    const reply = await askBackground(request, ANSWER_GUARD_MS);
    const matches = reply.answered
      ? answeredMatches(
          reply.value,
          batches.map((b) => b.texts.length),
        )
      : null;
    if (matches === null) unavailable = true;
    return matches;
  };
}
