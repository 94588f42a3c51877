import type { PageInfo } from './types';

/**
 * The date a document's own words were written on, against which relative dates ("26 maart jl.",
 * "dinsdag a.s.") resolve: an answer's date of receipt, else its publication, else submission.
 */
export function documentDate(page: PageInfo): string | null {
  return page.received ?? page.issued ?? page.submitted;
}

/** Questions were written when they were submitted, also when they are reprinted with the answer. */
export function questionDate(page: PageInfo): string | null {
  return page.submitted ?? documentDate(page);
}
