import { h, render } from 'preact';
import { PreviewCard, type Loadable, type PreviewCardProps } from '@/components/PreviewCard';
import { installPreviews } from '@/lib/dom/preview';
import { getSetting } from '@/lib/settings';
import { createDocumentCache } from '@/lib/sources/cache';
import { fetchDocument } from '@/lib/sources/fetch-document';
import { pageFailureLine, voteFailureLine } from '@/lib/sources/motion-format';
import { createMotionLoader, type MotionLoader, type VoteLoad } from '@/lib/sources/motion-loader';
import type { MotionPage } from '@/lib/sources/motion-page';
import type { MotionVote } from '@/lib/sources/odata';
import type { Feature } from '../feature';
import { requestOData } from '../open-data';

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

/**
 * Hover or focus a motion/Kamerstuk link: a card with the cited document's title, date, indieners
 * and dictum (its own page, same origin) and, with the open-data opt-in, the vote.
 */
export const motionPreview: Feature = {
  name: 'motion-preview',
  enabled: ({ settings }) => settings.tooltips !== false,
  run({ document, page, signal }) {
    const loader = loaderFor(document);

    const uninstall = installPreviews(document, {
      signal,
      selfTarget: page.id,
      render(mount, link, target) {
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
      },
      unrender(container) {
        render(null, container);
      },
    });
    return uninstall;
  },
};
