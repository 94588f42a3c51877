import type { DocumentModel } from '../model/types';
import { groupPairs, type AnswerSource, type PairGroup } from '../model/groups';
import { importCitedNotes, type ImportedBlock } from './imported-notes';
import { MARKER, ROLE, mark } from './markers';
import { importPolicyFor, sanitizeImport, type ImportPolicy } from './sanitize-import';

interface SideBySideOptions {
  /** Text shown in the answer column of a question without an answer. */
  unansweredLabel?: string;
  /** Text before the source link of answers loaded from another document. */
  importedLabel?: string;
  /**
   * Where the grid goes when no question stands in this page (questions read from the XML
   * manifestation): at the end of this element, before its footnotes.
   */
  container?: Element | null;
  /** What imported answers may link to; default the page's own origin (https only). */
  importPolicy?: ImportPolicy;
}

export interface SideBySideHandle {
  grid: HTMLElement;
  groups: Array<{ group: PairGroup; element: HTMLElement; actions: HTMLElement }>;
  /** Copies of another document's blocks and footnotes put in the page, each with its document. */
  imported: readonly ImportedBlock[];
  /** Puts every moved node back where it was and removes everything we added. */
  undo(): void;
}

interface Moved {
  node: Node;
  parent: Node;
  next: Node | null;
}

/**
 * Builds the two-column view around the page's own nodes: each question block is moved (not
 * cloned) into the left column and its answer beside it, so footnote popups, anchors and styles keep
 * working. Answers from another document are copies rebuilt through an allowlist. `undo()` restores the DOM exactly.
 * Returns null when there is nothing to show.
 */
export function mountSideBySide(
  doc: Document,
  groups: readonly PairGroup[],
  options: SideBySideOptions = {},
): SideBySideHandle | null {
  const firstNode = groups
    .flatMap((g) => g.questions.flatMap((q) => q.nodes))
    .find((node) => node.ownerDocument === doc && node.parentNode);
  const parent = firstNode?.parentNode ?? options.container ?? null;
  if (!parent || !groups.length) return null;
  const before = firstNode ?? options.container?.querySelector(':scope > #noten') ?? null;
  const unansweredLabel = options.unansweredLabel ?? 'Niet beantwoord in dit document';
  const importedLabel = options.importedLabel ?? 'Antwoord uit';

  const moved: Moved[] = [];
  const imported: ImportedBlock[] = [];
  const policy = options.importPolicy ?? importPolicyFor(doc);
  /**
   * The page's own nodes are moved; nodes of another document are rebuilt through the allowlist
   * as marked copies (never imported as they are: they may carry handlers, frames or scripts).
   */
  const place = (node: Element, into: Element): void => {
    if (node.ownerDocument !== doc) {
      const rebuilt = sanitizeImport(node, doc, policy);
      if (!rebuilt) return;
      const copy = mark(rebuilt, ROLE.imported);
      into.appendChild(copy);
      imported.push({ copy, from: node.ownerDocument });
      return;
    }
    if (node.parentNode) moved.push({ node, parent: node.parentNode, next: node.nextSibling });
    into.appendChild(node);
  };

  const grid = mark(doc.createElement('div'), ROLE.grid);
  grid.className = 'kamerlens-grid';
  // Insert first, so the recorded "next sibling" of the first block is never the grid itself
  // being removed later: the grid goes before the first block and is removed on undo.
  parent.insertBefore(grid, before);

  const mounted: SideBySideHandle['groups'] = [];
  for (const group of groups) {
    const element = mark(doc.createElement('section'), ROLE.group);
    element.className = 'kamerlens-group';
    element.setAttribute('data-kl-numbers', group.numbers.join(' '));
    element.id = `kamerlens-pair-${group.numbers[0]}`;
    element.setAttribute('aria-label', `Vraag ${group.numbers.join(', ')}`);
    element.style.setProperty('--kl-rows', String(Math.max(group.questions.length, 1)));

    group.questions.forEach((question, index) => {
      const cell = mark(doc.createElement('div'), ROLE.question);
      cell.className = 'kamerlens-cell kamerlens-question';
      cell.setAttribute('data-kl-number', question.numbers[0]!);
      cell.setAttribute('data-kl-numbers', question.numbers.join(' '));
      cell.style.gridRow = String(index + 1);
      for (const node of question.nodes) place(node, cell);
      element.appendChild(cell);
    });

    if (group.answers.length) {
      const cell = mark(doc.createElement('div'), ROLE.answer);
      cell.className = 'kamerlens-cell kamerlens-answer';
      cell.setAttribute('data-kl-numbers', group.answers.flatMap((a) => a.numbers).join(' '));
      // One note before each run of blocks from the same document, so every block shows its own.
      let shown: AnswerSource | null = null;
      group.answers.forEach((answer, index) => {
        const source = group.sources?.[index] ?? group.source ?? null;
        if (source && !sameSource(source, shown)) {
          cell.appendChild(sourceNote(doc, source, importedLabel));
        }
        shown = source;
        for (const node of answer.nodes) place(node, cell);
      });
      element.appendChild(cell);
    } else {
      const cell = mark(doc.createElement('div'), ROLE.unanswered);
      cell.className = 'kamerlens-cell kamerlens-answer kamerlens-unanswered';
      cell.setAttribute('data-kl-number', group.numbers.join(' '));
      cell.textContent = unansweredLabel;
      element.appendChild(cell);
    }

    const actions = mark(doc.createElement('div'), ROLE.actions);
    actions.className = 'kamerlens-actions';
    element.appendChild(actions);
    grid.appendChild(element);
    mounted.push({ group, element, actions });
  }

  // The footnotes the imported answers cite, so their note links lead somewhere.
  const notes = importCitedNotes(doc, imported, grid, policy);

  let undone = false;
  return {
    grid,
    groups: mounted,
    imported: [...imported, ...notes],
    undo() {
      if (undone) return;
      undone = true;
      // Reverse order: a node's recorded next sibling is either unmoved or already restored.
      for (let i = moved.length - 1; i >= 0; i--) {
        const { node, parent, next } = moved[i]!;
        parent.insertBefore(node, next && next.parentNode === parent ? next : null);
      }
      grid.remove();
      for (const note of notes) note.copy.remove();
    },
  };
}

const sameSource = (a: AnswerSource, b: AnswerSource | null) =>
  b !== null && a.href === b.href && a.label === b.label && a.lead === b.lead;

function sourceNote(doc: Document, source: AnswerSource, label: string): HTMLElement {
  const note = doc.createElement('p');
  note.className = 'kamerlens-source';
  note.setAttribute(MARKER, ROLE.source);
  note.append(`${source.lead ?? label} `);
  const link = doc.createElement('a');
  link.href = source.href;
  link.textContent = source.label;
  note.appendChild(link);
  return note;
}

/** Side by side for a page's own pairs (an answer page). */
export function mountForModel(doc: Document, model: DocumentModel, options?: SideBySideOptions) {
  return mountSideBySide(doc, groupPairs(model.pairs), options);
}
