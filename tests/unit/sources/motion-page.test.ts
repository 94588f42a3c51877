import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dutchDateToIso,
  indienersFromStuktitel,
  parseMotionHtml,
  parseMotionPage,
} from '../../../lib/sources/motion-page';

const page = (name: string): string => readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
const docOf = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('parseMotionPage on kst-30821-90 (motie Buitenweg en Verhoeven)', () => {
  const m = parseMotionPage(docOf(page('kst-30821-90.html')));

  it('reads identifier, title, dossier and date', () => {
    expect(m?.id).toBe('kst-30821-90');
    expect(m?.title).toBe(
      'Motie van de leden Buitenweg en Verhoeven over onderzoek naar surveillanceapparatuur van Chinese bedrijven',
    );
    expect(m?.dossierTitle).toBe('Nationale Veiligheid');
    expect(m?.date).toBe('2019-06-25');
    expect(m?.isMotion).toBe(true);
  });

  it('reads the indieners', () => {
    expect(m?.indieners).toEqual(['Buitenweg', 'Verhoeven']);
  });

  it('reads the dictum up to the closing formula, and nothing of the considerations', () => {
    expect(m?.dictum).toHaveLength(1);
    expect(m?.dictum[0]).toMatch(/^\[Plaatshouder\] verzoekt de regering, te onderzoeken/);
    expect(m?.dictum.join(' ')).not.toMatch(/overwegende|orde van de dag/);
  });

  it('falls back to the signatures, then to the stuktitel, when the indiener meta tags are missing', () => {
    const doc = docOf(page('kst-30821-90.html'));
    doc.querySelectorAll('meta[name="OVERHEIDop.indiener"]').forEach((n) => n.remove());
    expect(parseMotionPage(doc)?.indieners).toEqual(['Buitenweg', 'Verhoeven']);
    doc.querySelectorAll('p.ondertekening').forEach((n) => n.remove());
    expect(parseMotionPage(doc)?.indieners).toEqual(['Buitenweg', 'Verhoeven']);
  });

  it('reads the date from the text before the meta tags', () => {
    const doc = docOf(page('kst-30821-90.html'));
    doc.querySelectorAll('meta[name="DCTERMS.issued"]').forEach((n) => n.remove());
    expect(parseMotionPage(doc)?.date).toBe('2019-06-25');
  });
});

describe('parseMotionPage on other pages', () => {
  it('reads a Kamerstuk that is not a motion: no dictum', () => {
    const m = parseMotionPage(docOf(page('kst-31066-444.html')));
    expect(m?.id).toBe('kst-31066-444');
    expect(m?.title).toBe('Lijst van vragen en antwoorden');
    expect(m?.dossierTitle).toBe('Belastingdienst');
    expect(m?.date).toBe('2018-12-04');
    expect(m?.isMotion).toBe(false);
    expect(m?.dictum).toEqual([]);
  });

  it('reads the dictum of a motion printed in the Handelingen (div.motie)', () => {
    const m = parseMotionPage(docOf(page('h-tk-20172018-70-6.html')));
    expect(m?.isMotion).toBe(true);
    expect(m?.dictum).toEqual([
      'verzoekt de regering om te onderzoeken hoe een reductie van het aantal gehouden dieren in Nederland kan bijdragen aan een verbetering van de luchtkwaliteit in gebieden met veel intensieve veehouderijen,',
    ]);
  });
});

describe('parseMotionHtml', () => {
  it('parses fetched HTML', () => {
    expect(parseMotionHtml(page('kst-30821-90.html'))?.indieners).toEqual([
      'Buitenweg',
      'Verhoeven',
    ]);
  });
  it('returns null for text that is not a publication page', () => {
    expect(parseMotionHtml('')).toBeNull();
    expect(parseMotionHtml('{"value": []}')).toBeNull();
    expect(parseMotionHtml('<html><body></body></html>')).toBeNull();
    expect(
      parseMotionHtml(
        '<html><body><h1>404: Pagina niet gevonden</h1><p>Pagina niet gevonden.</p></body></html>',
      ),
    ).toBeNull();
  });
});

describe('helpers', () => {
  it('dutchDateToIso', () => {
    expect(dutchDateToIso('Voorgesteld 25 juni 2019')).toBe('2019-06-25');
    expect(dutchDateToIso('Den Haag, 20\u00a0november 2019')).toBe('2019-11-20');
    expect(dutchDateToIso('geen datum')).toBeNull();
  });
  it('indienersFromStuktitel', () => {
    expect(indienersFromStuktitel('MOTIE VAN DE LEDEN BUITENWEG EN VERHOEVEN')).toEqual([
      'Buitenweg',
      'Verhoeven',
    ]);
    expect(indienersFromStuktitel('MOTIE VAN HET LID VAN DER LEE C.S.')).toEqual(['Van der Lee']);
    expect(
      indienersFromStuktitel('MOTIE VAN DE LEDEN DE GRAAF, POPKEN EN BERNDSEN-JANSEN'),
    ).toEqual(['De Graaf', 'Popken', 'Berndsen-Jansen']);
    expect(
      indienersFromStuktitel(
        'NADER GEWIJZIGDE MOTIE VAN HET LID BUITENWEG TER VERVANGING VAN DIE GEDRUKT ONDER NR. 830',
      ),
    ).toEqual(['Buitenweg']);
    expect(indienersFromStuktitel('LIJST VAN VRAGEN EN ANTWOORDEN')).toEqual([]);
  });
});
