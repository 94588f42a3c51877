/** KOOP dates come as `2022-03-10` or `2022-03-10T00:00:00`; keep the ISO calendar date, or null. */
export function isoDateFrom(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1]! : null;
}
