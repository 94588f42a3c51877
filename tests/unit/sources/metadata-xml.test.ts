import { describe, expect, it } from 'vitest';
import { MAX_AANHANGSEL_IDS, parseMetadataXml } from '../../../lib/sources/metadata-xml';
import { metadataXml, rawFile } from './fixtures';

describe('parseMetadataXml', () => {
  it('reads a question record: vraagnummer, both aanhangsel ids in order, submission date, kind', () => {
    const r = parseMetadataXml(metadataXml('kv-tk-2022Z04510'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.metadata).toMatchObject({
      id: 'kv-tk-2022Z04510',
      kind: 'question',
      vraagnummer: '2022Z04510',
      aanhangsel: ['ah-tk-20212022-3019', 'ah-tk-20212022-mededeling-placeholder'],
      submitted: '2022-03-10',
      received: null,
      vergaderjaar: '2021-2022',
      publicationName: 'Kamervragen zonder antwoord',
    });
    expect(r.metadata.types).toEqual(['Kamervragen zonder Antwoord', 'officiële publicatie']);
  });

  it('reads an answer record: vraagnummer, aanhangselnummer, dates of submission and receipt', () => {
    const r = parseMetadataXml(metadataXml('ah-tk-20212022-3019'));
    expect(r.ok && r.metadata).toMatchObject({
      id: 'ah-tk-20212022-3019',
      kind: 'answer',
      vraagnummer: '2022Z04510',
      aanhangselNummer: '3019',
      submitted: '2022-03-10',
      received: '2022-06-08',
      aanhangsel: [],
    });
  });

  it('recognizes the delay notice by its title', () => {
    const r = parseMetadataXml(metadataXml('ah-tk-20212022-mededeling-placeholder'));
    expect(r.ok && r.metadata.kind).toBe('notice');
    expect(r.ok && r.metadata.received).toBe('2022-04-01');
  });

  it('reads a real metadata.xml of another publication (gmb), nested entries included', () => {
    const r = parseMetadataXml(rawFile('gmb-2024-216934.metadata.xml'));
    expect(r.ok && r.metadata).toMatchObject({
      id: 'gmb-2024-216934',
      kind: 'other',
      publicationName: 'Gemeenteblad',
      issued: '2024-05-17',
      vraagnummer: null,
      aanhangsel: [],
    });
  });

  it('keeps the calendar date of a date-time value', () => {
    const xml =
      '<metadata_gegevens><metadata name="OVERHEIDop.datumOntvangst" scheme="" content="2022-06-08T00:00:00+02:00"/></metadata_gegevens>';
    expect(
      parseMetadataXml(xml).ok &&
        (parseMetadataXml(xml) as { metadata: { received: string } }).metadata.received,
    ).toBe('2022-06-08');
  });

  it.each([
    ['empty', ''],
    ['truncated', metadataXml('kv-tk-2022Z04510').slice(0, 900)],
    ['an HTML error page', '<!DOCTYPE html><html><body><h1>Er ging iets mis</h1></body></html>'],
    ['another XML document', '<officiele-publicatie><metadata/></officiele-publicatie>'],
  ])('reports %s input as malformed, without throwing', (_name, xml) => {
    const r = parseMetadataXml(xml);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('malformed');
  });

  it('keeps only aanhangsel ids of the expected shape, at most a handful', () => {
    const ids = [
      'ah-tk-20212022-3019',
      '../../evil',
      'https://example.invalid/x',
      'ah-tk-20212022-3019/../../x',
      'kst-30821-90',
      ...Array.from({ length: 20 }, (_, i) => `ah-tk-20212022-${4000 + i}`),
    ];
    const tags = ids
      .map((id) => `<metadata name="OVERHEIDop.aanhangsel" content="${id}"/>`)
      .join('');
    const xml = `<?xml version="1.0"?><metadata_gegevens><metadata name="DC.identifier" content="kv-tk-2022Z04510"/>${tags}</metadata_gegevens>`;
    const r = parseMetadataXml(xml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.metadata.aanhangsel).toHaveLength(MAX_AANHANGSEL_IDS);
    expect(r.metadata.aanhangsel[0]).toBe('ah-tk-20212022-3019');
    expect(r.metadata.aanhangsel.every((id) => /^ah-tk-20212022-\d+$/.test(id))).toBe(true);
  });
});
