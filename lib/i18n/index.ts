/**
 * UI strings. Every string goes through @wxt-dev/i18n when the user's chosen UI language is the
 * browser's own; otherwise (the `uiLanguage` setting overrides the browser, which @wxt-dev/i18n
 * cannot do) it is read from the same locales/*.yml catalogs, bundled as text and read with a small
 * YAML reader. Both paths read one source, so they cannot disagree.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import nlText from '../../locales/nl.yml?raw';
import enText from '../../locales/en.yml?raw';
import type { UiLanguage } from '../settings';
import type { ReferenceKind } from '../references/kinds';
import { parseYamlMessages, type Catalog } from './yaml-messages';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;

const SOURCES: Record<UiLanguage, string> = { nl: nlText, en: enText };
const catalogs: Partial<Record<UiLanguage, Catalog>> = {};
let current: UiLanguage = 'nl';

export function catalog(lang: UiLanguage): Catalog {
  return (catalogs[lang] ??= parseYamlMessages(SOURCES[lang]));
}

/** Set from the `uiLanguage` setting at start-up and whenever it changes. */
export function setUiLanguage(lang: UiLanguage): void {
  current = lang;
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** The browser's UI language ("nl", "en"), or null where the API is missing (tests, odd contexts). */
function browserLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  } catch {
    return null;
  }
}

/** `$1`…`$9` substitution as the browser's i18n does it; `$$` is a literal dollar. */
export function substitute(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (m, d: string) =>
    d === '$' ? '$' : String(subs[Number(d) - 1] ?? ''),
  );
}

export function t(key: MessageKey, subs: readonly (string | number)[] = []): string {
  if (browserLanguage() === current) {
    const native =
      subs.length > 0 ? i18n.t(key as never, subs.map(String) as never) : i18n.t(key as never);
    if (native) return native;
  }
  const message = catalog(current)[key] ?? catalog('nl')[key] ?? key;
  return substitute(message, subs);
}

/** The message naming a reference kind; the compiler checks that every kind has one. */
export function kindMessage(kind: ReferenceKind): MessageKey {
  return `refKind.${kind}` satisfies MessageKey;
}
