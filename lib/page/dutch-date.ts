/** Dutch month names and their common abbreviations, to month number (1–12). */
export const DUTCH_MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const DAY_MONTH_YEAR = /^\s*(\d{1,2})[\s\u00a0]+([a-z]+)\.?[\s\u00a0]+(\d{4})/i;

/** "10 maart 2022" at the start of the text → "2022-03-10"; null when it is not a valid date. */
export function parseDutchDate(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = DUTCH_MONTHS[m[2]!.toLowerCase()];
  return month ? isoFromParts(Number(m[3]), month, Number(m[1])) : null;
}

/** Y-M-D → ISO string, or null when the day does not exist in that month. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return d.toISOString().slice(0, 10);
}
