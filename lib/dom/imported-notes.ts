import { ROLE, mark } from './markers';
import { importPolicyFor, sanitizeImport, type ImportPolicy } from './sanitize-import';

/** An answer block copied into the page, and the document it was copied from. */
export interface ImportedBlock {
  copy: Element;
  from: Document;
}

/** `#n2` → `n2`; null for links that do not point inside a page. */
function fragmentId(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return null;
  }
}

/** The whole note around an anchor (`div.voet.noot` on the site); null when it is no footnote. */
function noteAround(anchor: Element): Element | null {
  return anchor.closest('div.voet, div.noot, #noten li');
}

/**
 * Answers copied from another document cite footnotes (`#n2`) that stand only in that document.
 * Copies (rebuilt through the import allowlist) of the notes they cite are added to the page, in the page's `#noten` when it has one,
 * else right after `fallbackAnchor`; a note whose id the page already has is left out (the
 * question's own notes appear in both documents). Returns the notes added, each with the document
 * it was copied from (the grid removes them on undo, annotation reads them in that document's context).
 */
export function importCitedNotes(
  doc: Document,
  blocks: readonly ImportedBlock[],
  fallbackAnchor: Element,
  policy: ImportPolicy = importPolicyFor(doc),
): ImportedBlock[] {
  const added: ImportedBlock[] = [];
  const seen = new Set<string>();
  const target = doc.querySelector('#noten');
  let after: Element = fallbackAnchor;
  for (const { copy, from } of blocks) {
    for (const link of Array.from(copy.querySelectorAll('a[href^="#"]'))) {
      const id = fragmentId(link);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      if (doc.getElementById(id)) continue;
      const source = from.getElementById(id);
      const original = source ? noteAround(source) : null;
      if (!original || doc.getElementById(original.id)) continue;
      // Rebuilt through the allowlist, like the answers: the note is foreign markup too.
      const rebuilt = sanitizeImport(original, doc, policy);
      if (!rebuilt) continue;
      const note = mark(rebuilt, ROLE.imported);
      if (target) target.appendChild(note);
      else {
        after.after(note);
        after = note;
      }
      added.push({ copy: note, from });
    }
  }
  return added;
}
