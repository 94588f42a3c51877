import type { Match } from '../references/types';
import { isAllowedHref } from '../links/hosts';
import { isIsoDate } from '../calendar/iso';
import { ROLE, mark } from './markers';
import { attempt } from '../references/batch';
import { describeLater } from './tooltip';
import type { AnnotateOptions } from './annotate';

/**
 * Building the links of one text node, detached from the page: the pieces of text and the links
 * that replace the node in one `replaceWith`. Nothing here touches the page, so the annotator can
 * build many between yields without giving the browser anything to restyle or lay out.
 */

/** Text nodes we created around our links: never annotated again, so a second run changes nothing. */
export const createdByUs = new WeakSet<Text>();

interface PlannedLink {
  match: Match;
  href: string;
}

/** A node's replacement, built but not yet in the page. */
export interface BuiltNode {
  node: Text;
  /** The text the links were built for; the node is rebuilt if the page changed it since. */
  text: string;
  /**
   * What replaces the node, in order (`replaceWith(...inserted)`: the browser gathers them itself,
   * so no DocumentFragment is made here, a type a page's first pass would pay to set up).
   */
  inserted: Node[];
  /** The text each inserted node holds, to see at undo whether the page changed it. */
  insertedText: string[];
  kinds: Match['kind'][];
}

/** The links to make in one text: wanted kinds, visible text, allowed hrefs, no overlaps. */
function planLinks(text: string, matches: Match[], opts: AnnotateOptions): PlannedLink[] {
  const valid = matches
    .filter(
      (m) => (!opts.kinds || opts.kinds.has(m.kind)) && text.slice(m.start, m.end).trim() !== '',
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const planned: PlannedLink[] = [];
  let lastEnd = 0;
  for (const match of valid) {
    if (match.start < lastEnd) continue;
    const href = attempt(() => opts.link(match), null);
    if (href === null || !isAllowedHref(href)) continue;
    planned.push({ match, href });
    lastEnd = match.end;
  }
  return planned;
}

function buildLink(
  doc: Document,
  text: string,
  { match, href }: PlannedLink,
  opts: AnnotateOptions,
): HTMLElement {
  const a = mark(doc.createElement('a'), ROLE.ref);
  a.setAttribute('href', href);
  a.setAttribute('data-kl-kind', match.kind);
  a.setAttribute('data-kl-target', match.target ?? '');
  describeLater(a, () => opts.describe(match));
  if (opts.newTab && !href.startsWith('#')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  const shown = text.slice(match.start, match.end);
  if (match.kind === 'date' && isIsoDate(match.date)) {
    const time = mark(doc.createElement('time'), ROLE.ref);
    time.setAttribute('datetime', match.date);
    time.textContent = shown;
    a.append(time);
  } else {
    a.textContent = shown;
  }
  return a;
}

/** The node's text and links, detached; null when there is nothing to link. */
export function buildNode(node: Text, matches: Match[], opts: AnnotateOptions): BuiltNode | null {
  if (matches.length === 0) return null;
  const text = node.data;
  const planned = planLinks(text, matches, opts);
  if (planned.length === 0) return null;
  const doc = node.ownerDocument;
  // Kept as we go rather than read back from the page: every DOM read is a call across the
  // content script's isolated world.
  const inserted: Node[] = [];
  const insertedText: string[] = [];
  const add = (n: Node, shown: string) => {
    inserted.push(n);
    insertedText.push(shown);
  };
  const addText = (s: string) => {
    if (!s) return;
    const t = doc.createTextNode(s);
    createdByUs.add(t);
    add(t, s);
  };
  let pos = 0;
  for (const p of planned) {
    addText(text.slice(pos, p.match.start));
    add(buildLink(doc, text, p, opts), text.slice(p.match.start, p.match.end));
    pos = p.match.end;
  }
  addText(text.slice(pos));
  return {
    node,
    text,
    inserted,
    insertedText,
    kinds: planned.map((p) => p.match.kind),
  };
}
