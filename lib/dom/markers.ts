/**
 * Every node Kamerlens adds to a page carries `data-kamerlens="<role>"`, so removing everything is
 * one selector and our own text (UI, labels, links) is never read as the page's. Roles are listed
 * here and nowhere else.
 */
export const MARKER = 'data-kamerlens';

export const ROLE = {
  /** Side by side: the grid that replaces the question/answer run. */
  grid: 'grid',
  /** One group of rows: the questions answered together and their answer(s). */
  group: 'group',
  question: 'question',
  answer: 'answer',
  /** Placeholder in the answer column of a question without an answer. */
  unanswered: 'unanswered',
  /** Slot in a group for per-pair actions (copy buttons). */
  actions: 'actions',
  /** A recognized reference (an <a>, possibly wrapping a <time>). */
  ref: 'ref',
  /** Shadow-root hosts of our UI. */
  toolbar: 'toolbar',
  timeline: 'timeline',
  preview: 'preview',
  /** The one hover/focus tooltip of reference links. */
  tooltip: 'tooltip',
  /** The page-keys help dialog. */
  help: 'help',
  /** Answer content loaded from another document (question pages). */
  imported: 'imported',
  /** The line above imported answers naming their document ("Antwoord uit …"). */
  source: 'source',
} as const;

export type Role = (typeof ROLE)[keyof typeof ROLE];

export const selectorFor = (role: Role): string => `[${MARKER}="${role}"]`;

/**
 * Our elements that hold document text: the page's own, moved into the grid, or copied from another
 * document. References in them are linked like the page's; every other role is our own UI, label
 * or link, whose text is never annotated.
 */
const DOCUMENT_TEXT_ROLES: ReadonlySet<string> = new Set([
  ROLE.grid,
  ROLE.group,
  ROLE.question,
  ROLE.answer,
  ROLE.imported,
]);

/** True for an element we added whose text is ours too (UI, labels, links). */
export function isOurText(el: Element): boolean {
  const role = el.getAttribute(MARKER);
  return role !== null && !DOCUMENT_TEXT_ROLES.has(role);
}

export function mark<E extends Element>(el: E, role: Role): E {
  el.setAttribute(MARKER, role);
  return el;
}

/** True when `node` or an ancestor is an element whose text is ours (`isOurText`). */
export function isInOurText(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && isOurText(n as Element)) return true;
  }
  return false;
}
