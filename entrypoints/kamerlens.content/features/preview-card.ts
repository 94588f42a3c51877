import { h, render } from 'preact';
import { PreviewCard, type Loadable, type PreviewCardProps } from '@/components/PreviewCard';
import { getSetting } from '@/lib/settings';
import { createDocumentCache } from '@/lib/sources/cache';
import { fetchDocument } from '@/lib/sources/fetch-document';
import { pageFailureLine, voteFailureLine } from '@/lib/sources/motion-format';
import { createMotionLoader, type MotionLoader, type VoteLoad } from '@/lib/sources/motion-loader';
import type { MotionPage } from '@/lib/sources/motion-page';
import type { MotionVote } from '@/lib/sources/odata';
import type { PreviewMount, PreviewTarget } from '@/lib/dom/preview';
import { requestOData } from '../open-data';

/**
 * The preview card of motion-preview.ts, in a chunk of its own: loaded when the first card opens.
 */

/**
 * One loader per page view: switching the feature off and on again keeps what was loaded, so a
 * motion is still asked for at most once. No abort signal on its requests for the same reason.
 */
const loaders = new WeakMap<Document, MotionLoader>();
function loaderFor(doc: Document): MotionLoader {
  let loader = loaders.get(doc);
  if (!loader) {
    const origin = doc.defaultView?.location.origin ?? location.origin;
    loader = createMotionLoader({
      siteBase: `${origin}/`,
      fetchPage: (url) => fetchDocument(url, { origin }),
      requestOData,
      cache: createDocumentCache({ origin }),
    });
    loaders.set(doc, loader);
  }
  return loader;
}

function voteState(load: VoteLoad): Loadable<MotionVote> | null {
  if (load.ok) return { state: 'ok', value: load.vote };
  const line = voteFailureLine(load.error);
  return line ? { state: 'error', line } : null;
}

/** Draws the card for `target` into `mount` and fills it in as the cited page (and vote) arrive. */
export function renderPreviewCard(
  document: Document,
  mount: PreviewMount,
  link: HTMLAnchorElement,
  target: PreviewTarget,
): void {
  const loader = loaderFor(document);
  const props: PreviewCardProps = {
    target: target.target,
    href: link.href,
    page: { state: 'loading' },
    vote: null,
    onClose: mount.close,
  };
  const draw = () => {
    if (!mount.container.isConnected) return;
    render(h(PreviewCard, props), mount.container);
    mount.reposition();
  };
  const setVote = (v: Loadable<MotionVote> | null) => {
    props.vote = v;
    draw();
  };
  let voteAsked = false;
  const askVote = async () => {
    if (voteAsked) return;
    voteAsked = true;
    const openData = await getSetting('openData').catch(() => false);
    if (!openData || !mount.container.isConnected) return;
    setVote({ state: 'loading' });
    setVote(voteState(await loader.loadVote(target.target)));
  };
  draw();
  // A link that names a motion: ask for its vote alongside its page.
  if (target.kind === 'motion') void askVote();
  void loader.loadPage(target.target).then((load) => {
    const pageState: Loadable<MotionPage> = load.ok
      ? { state: 'ok', value: load.page }
      : { state: 'error', line: pageFailureLine(load.error) };
    props.page = pageState;
    draw();
    if (load.ok && load.page.isMotion) void askVote();
  });
}
