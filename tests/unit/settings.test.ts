import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSetting,
  getSettings,
  mergeSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: side by side on, every reference kind on, open data off, plain text, Dutch', async () => {
    const s = await getSettings();
    expect(s.sideBySide).toBe(true);
    expect(Object.values(s.references).every(Boolean)).toBe(true);
    expect(Object.keys(s.references)).toHaveLength(13);
    expect(s.openData).toBe(false);
    expect(s.copyFormat).toBe('plain');
    expect(s.linksInNewTab).toBe(false);
    expect(s.uiLanguage).toBe('nl');
  });

  it('a change persists and merges over the defaults, references per kind', async () => {
    await updateSettings({ sideBySide: false, references: { date: false } });
    await updateSettings({ references: { motion: false } });
    const s = await getSettings();
    expect(s.sideBySide).toBe(false);
    expect(s.references.date).toBe(false);
    expect(s.references.motion).toBe(false);
    expect(s.references.kamerstuk).toBe(true);
    expect(await getSetting('copyFormat')).toBe('plain');
    expect(await settingsItem.getValue()).toEqual({
      sideBySide: false,
      references: { date: false, motion: false },
    });
  });

  it('ignores stored values of the wrong type or unknown enum values', () => {
    const stored = {
      sideBySide: 'no',
      copyFormat: 'rtf',
      uiLanguage: 'de',
      tooltips: false,
    } as never;
    const s = mergeSettings(stored);
    expect(s.sideBySide).toBe(true);
    expect(s.copyFormat).toBe('plain');
    expect(s.uiLanguage).toBe('nl');
    expect(s.tooltips).toBe(false);
  });

  it('watch reports the full merged settings after a change', async () => {
    let unwatch = (): void => {};
    const next = new Promise<Settings>((resolve) => {
      unwatch = watchSettings(resolve);
    });
    await updateSettings({ uiLanguage: 'en' });
    expect(await next).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    unwatch();
  });
});

describe('open-data permissions', () => {
  it('asks for the host, and on Firefox for the declared data-collection categories too', async () => {
    const { openDataPermissions, OPEN_DATA_ORIGINS } = await import('../../lib/settings');
    expect(openDataPermissions(false)).toEqual({ origins: OPEN_DATA_ORIGINS });
    // The categories wxt.config.ts declares as optional (tests/e2e/manifest.e2e.ts checks the build).
    expect(openDataPermissions(true)).toEqual({
      origins: OPEN_DATA_ORIGINS,
      data_collection: ['browsingActivity', 'websiteContent'],
    });
  });
});
