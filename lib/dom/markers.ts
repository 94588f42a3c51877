/**
 * Every node Kamerlens adds to a page carries `data-kamerlens="<role>"`, so annotating twice changes
 * nothing and removing everything is one selector. Roles are listed here and nowhere else.
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
} as const;

export type Role = (typeof ROLE)[keyof typeof ROLE];

export const selectorFor = (role: Role): string => `[${MARKER}="${role}"]`;

export function mark<E extends Element>(el: E, role: Role): E {
  el.setAttribute(MARKER, role);
  return el;
}

export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).hasAttribute(MARKER)) return true;
  }
  return false;
}
