import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { catalog, setUiLanguage, substitute, t } from '../../../lib/i18n';
import { parseYamlMessages } from '../../../lib/i18n/yaml-messages';

const read = (lang: string): string =>
  readFileSync(resolve(__dirname, '../../../locales', `${lang}.yml`), 'utf8');

describe('bundled catalogs', () => {
  for (const lang of ['nl', 'en']) {
    it(`${lang}.yml reads the same with our small reader as with @wxt-dev/i18n's build`, () => {
      const official = Object.fromEntries(
        parseMessagesText(read(lang), 'YAML')
          .filter((m) => !m.key[0]!.startsWith('@@'))
          .map((m) => [m.key.join('.'), 'message' in m ? m.message : JSON.stringify(m)]),
      );
      expect(parseYamlMessages(read(lang))).toEqual(official);
    });
  }

  it('nl and en have the same keys (complete catalogs)', () => {
    expect(Object.keys(catalog('en')).sort()).toEqual(Object.keys(catalog('nl')).sort());
  });

  it('rejects YAML it does not understand instead of misreading it', () => {
    expect(() => parseYamlMessages('a: |\n  multi\n')).toThrow(/not supported/);
    expect(() => parseYamlMessages('- item\n')).toThrow(/key: value/);
  });
});

describe('t()', () => {
  it('follows the uiLanguage setting, not the browser', () => {
    setUiLanguage('en');
    expect(t('copy.pairLabel', ['3'])).toBe('Copy question 3 with its answer and citation');
    setUiLanguage('nl');
    expect(t('copy.pairLabel', ['3'])).toBe('Kopieer vraag 3 met antwoord en bronvermelding');
  });

  it('substitutes $1..$9 like the browser does', () => {
    setUiLanguage('nl');
    expect(t('popup.counts', [15, 14, 1])).toBe('15 vragen, 14 beantwoord, 1 onbeantwoord');
    expect(substitute('$$1 en $2', ['a', 'b'])).toBe('$1 en b');
  });
});
