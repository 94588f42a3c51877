import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import { note } from './diagnostics';

/** The stored settings; the defaults when storage cannot be read (the page still gets Kamerlens). */
export async function loadFeatureSettings(): Promise<Settings> {
  try {
    return await getSettings();
  } catch (error) {
    note('instellingen niet leesbaar; standaardinstellingen gebruikt.', error);
    return structuredClone(DEFAULT_SETTINGS) as Settings;
  }
}
