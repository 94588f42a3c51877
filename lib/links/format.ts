/**
 * Targets written the way Dutch parliamentary texts cite them, for tooltips:
 * `kst-30821-90` → "Kamerstuk 30 821 nr. 90", `h-tk-20212022-45-7` → "Handelingen II 2021/22, nr. 45, item 7".
 */

/** `30821` → `30 821` (dossier numbers are printed with a thin gap before the last three digits). */
function groupDigits(n: string): string {
  return n.length > 3 && /^\d+$/.test(n) ? `${n.slice(0, -3)} ${n.slice(-3)}` : n;
}

/** `20212022` → `2021/22`. */
function vergaderjaar(y: string): string {
  return /^\d{8}$/.test(y) ? `${y.slice(0, 4)}/${y.slice(6)}` : y;
}

const CHAMBER: Record<string, string> = { tk: 'II', ek: 'I' };

/** Dossier with its parts: `35300-VII` → "35 300 VII", `21501-08` → "21 501-08", `35099-R2114` → "35 099 (R2114)". */
function formatDossier(dossier: string): string {
  const [main = '', ...parts] = dossier.split('-');
  let out = groupDigits(main);
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `-${p}`;
    else if (/^R\d+$/.test(p)) out += ` (${p})`;
    else out += ` ${p}`;
  }
  return out;
}

function formatKamerstuk(parts: string[]): string {
  const nr = parts[parts.length - 1] ?? '';
  const dossier = formatDossier(parts.slice(0, -1).join('-'));
  return /^\d+$/.test(nr) ? `Kamerstuk ${dossier} nr. ${nr}` : `Kamerstuk ${dossier} ${nr}`;
}

/** Human text for a normalized target; null when the form is not one we know. */
export function formatTarget(target: string): string | null {
  const parts = target.split('-');
  const [prefix, ...rest] = parts;
  switch (prefix) {
    case 'kst':
      return rest.length >= 2 ? formatKamerstuk(rest) : null;
    case 'dossier':
      return rest.length >= 1 ? `Dossier ${formatDossier(rest.join('-'))}` : null;
    case 'h': {
      const [chamber = '', year = '', nr, item] = rest;
      const base = `Handelingen ${CHAMBER[chamber] ?? chamber} ${vergaderjaar(year)}`;
      // Item numbers ("nr. 45, item 7") came with the 2011/12 session; older ids mix meeting and page
      // numbers in ways the id alone does not tell apart, so they are shown as they stand.
      const itemNumbered = /^\d{8}$/.test(year) && Number(year.slice(0, 4)) >= 2011;
      if (!itemNumbered && rest.length > 2) return `${base}, ${rest.slice(2).join('-')}`;
      if (nr && item && rest.length === 4) return `${base}, nr. ${nr}, item ${item}`;
      if (nr && rest.length === 3) return `${base}, nr. ${nr}`;
      return rest.length > 2 ? `${base}, ${rest.slice(2).join('-')}` : null;
    }
    case 'ah': {
      const [chamber = '', year = '', nr] = rest;
      return nr
        ? `Aanhangsel Handelingen ${CHAMBER[chamber] ?? chamber} ${vergaderjaar(year)}, nr. ${rest.slice(2).join('-')}`
        : null;
    }
    case 'kv': {
      const [chamber = '', nr] = rest;
      const house = chamber === 'ek' ? 'Eerste Kamer' : 'Tweede Kamer';
      return nr ? `Kamervragen ${rest.slice(1).join('-')} (${house})` : null;
    }
    case 'stb':
      return rest.length === 2 ? `Staatsblad ${rest[0]}, ${rest[1]}` : null;
    case 'stcrt':
      return rest.length === 2 ? `Staatscourant ${rest[0]}, ${rest[1]}` : null;
    case 'trb':
      return rest.length === 2 ? `Tractatenblad ${rest[0]}, ${rest[1]}` : null;
    case 'vraag':
      return rest.length >= 1 ? `Vraag ${rest.join('-')} in dit document` : null;
  }
  if (target.startsWith('ECLI:')) return `Uitspraak ${target}`;
  if (/^\d{4}Z\d{5}$/.test(target)) return `Zaak ${target} bij de Tweede Kamer`;
  if (/^\d{4}D\d{5}$/.test(target)) return `Document ${target} bij de Tweede Kamer`;
  return null;
}
