/**
 * User settings, one object in extension sync storage. Stored as a partial object and merged over
 * the defaults on every read, so a setting added in a later version gets its default without a
 * migration. The content script, popup and options page all read and watch it from here.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { REFERENCE_KINDS, type ReferenceKind } from './references/kinds';

export type CopyFormat = 'plain' | 'markdown';
export type UiLanguage = 'nl' | 'en';

export interface Settings {
  /** Questions and answers in a two-column grid. */
  sideBySide: boolean;
  /** References recognized and linked, per kind. */
  references: Record<ReferenceKind, boolean>;
  /** A preview card when hovering or focusing a reference. */
  tooltips: boolean;
  /** Load the answer into a question page (same-origin requests to the official site). */
  crossDocument: boolean;
  /** The timeline card (submitted, answer due, delay notice, answered). */
  timeline: boolean;
  /** Copy buttons beside each pair. */
  copyButtons: boolean;
  /** Page keys (j/k, c, s, ?). */
  keyboard: boolean;
  /** Tweede Kamer open data; needs the optional host permission, asked for when turned on. */
  openData: boolean;
  /** What text/plain holds when copying. */
  copyFormat: CopyFormat;
  /** Open our links (references) in a new tab. */
  linksInNewTab: boolean;
  /** Language of our UI, whatever the browser's language. */
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sideBySide: true,
  references: Object.fromEntries(REFERENCE_KINDS.map((k) => [k, true])) as Record<
    ReferenceKind,
    boolean
  >,
  tooltips: true,
  crossDocument: true,
  timeline: true,
  copyButtons: true,
  keyboard: true,
  openData: false,
  copyFormat: 'plain',
  linksInNewTab: false,
  uiLanguage: 'nl',
});

/** What is stored: only the values the user changed (or any subset). */
export type StoredSettings = Partial<Omit<Settings, 'references'>> & {
  references?: Partial<Record<ReferenceKind, boolean>>;
};

export const settingsItem = storage.defineItem<StoredSettings>('sync:settings', { fallback: {} });

/** Stored values over the defaults; unknown keys and values of the wrong type are ignored. */
export function mergeSettings(stored: StoredSettings | null | undefined): Settings {
  const s = stored ?? {};
  const out: Settings = { ...DEFAULT_SETTINGS, references: { ...DEFAULT_SETTINGS.references } };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === 'references') continue;
    const value = s[key];
    if (typeof value === typeof DEFAULT_SETTINGS[key])
      (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (s.copyFormat !== 'plain' && s.copyFormat !== 'markdown')
    out.copyFormat = DEFAULT_SETTINGS.copyFormat;
  if (s.uiLanguage !== 'nl' && s.uiLanguage !== 'en') out.uiLanguage = DEFAULT_SETTINGS.uiLanguage;
  for (const kind of REFERENCE_KINDS) {
    const value = s.references?.[kind];
    if (typeof value === 'boolean') out.references[kind] = value;
  }
  return out;
}

export async function getSettings(): Promise<Settings> {
  return mergeSettings(await settingsItem.getValue());
}

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  return (await getSettings())[key];
}

/** Change some settings; `references` is merged per kind. Returns the new settings. */
export async function updateSettings(patch: StoredSettings): Promise<Settings> {
  const stored = (await settingsItem.getValue()) ?? {};
  const next: StoredSettings = { ...stored, ...patch };
  if (patch.references) next.references = { ...stored.references, ...patch.references };
  await settingsItem.setValue(next);
  return mergeSettings(next);
}

/** Calls `onChange` with the full settings whenever they change (in any extension context). Returns unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(mergeSettings(stored)));
}

/** The optional host permission that open data needs (declared in the manifest). */
export const OPEN_DATA_ORIGINS = ['https://gegevensmagazijn.tweedekamer.nl/*'];

/**
 * Firefox's data-collection categories for what open data sends (declared as optional in the
 * manifest, docs/store.md): the zaak number of the Kamervraag being read (`browsingActivity`: which
 * document you read) and the number of a motion cited in its text (`websiteContent`).
 */
const OPEN_DATA_COLLECTION = ['browsingActivity', 'websiteContent'];

type PermissionRequest = { origins: string[]; data_collection?: string[] };

/** What the opt-in asks for: the host, and on Firefox its data-collection categories too. */
export function openDataPermissions(firefox: boolean = import.meta.env.FIREFOX === true) {
  const request: PermissionRequest = { origins: OPEN_DATA_ORIGINS };
  if (firefox) request.data_collection = OPEN_DATA_COLLECTION;
  return request;
}

type PermissionCall = (request: PermissionRequest) => Promise<boolean>;

/**
 * `call` with the full request; a browser that does not know `data_collection` (older Firefox)
 * rejects the key itself, and then gets the host permission alone, which is all it can grant.
 */
async function withDataCollection(call: PermissionCall, request: PermissionRequest) {
  try {
    return await call(request);
  } catch (error) {
    if (!request.data_collection) throw error;
    return call({ origins: request.origins });
  }
}

const permissionsApi = () =>
  browser.permissions as unknown as {
    request: PermissionCall;
    contains: PermissionCall;
    remove: PermissionCall;
  };

/** Whether open data may be used right now: the host and (Firefox) the data collection granted. */
export function hasOpenDataPermission(): Promise<boolean> {
  const api = permissionsApi();
  return withDataCollection((r) => api.contains(r), openDataPermissions());
}

/**
 * Turn open data on or off. Turning it on asks for the host permission (and on Firefox the
 * data-collection consent) first (must run in a user gesture, e.g. a click in the options page);
 * the setting only turns on when the user grants it.
 */
export async function setOpenData(enabled: boolean): Promise<boolean> {
  const api = permissionsApi();
  if (enabled) {
    const granted = await withDataCollection((r) => api.request(r), openDataPermissions());
    await updateSettings({ openData: granted });
    return granted;
  }
  await withDataCollection((r) => api.remove(r), openDataPermissions()).catch(() => false);
  await updateSettings({ openData: false });
  return false;
}
