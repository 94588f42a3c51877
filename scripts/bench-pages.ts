/** The pages both benches measure, and the statistics they report. */

/** The answer page, the question page and a Handelingen page: the small pages of issue 12. */
export const SMALL_PAGES = ['ah-tk-20212022-3019', 'kv-tk-2022Z04510', 'h-tk-20192020-31-8-n1'];
/** The 1.5 MB+ Handelingen page. */
export const LARGE_PAGE = 'h-tk-large-benchmark';

/** `BENCH_PAGES=ah-tk-20212022-3019,kv-tk-2022Z04510` measures only those (a quick comparison). */
export function pagesToMeasure(all: readonly string[]): string[] {
  const wanted = process.env.BENCH_PAGES?.split(',');
  return wanted ? all.filter((p) => wanted.includes(p)) : [...all];
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The largest and the median of per-load figures, to 0.1 ms; both null when there are none. */
export function maxAndMedian(xs: readonly number[]): { max: number | null; median: number | null } {
  const tenth = (x: number) => Number(x.toFixed(1));
  return xs.length
    ? { max: tenth(Math.max(...xs)), median: tenth(median(xs)) }
    : { max: null, median: null };
}

/** The value at fraction `q` of the sorted values (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
