import type { FeatureSettings } from './feature';

/** Defaults until the stored settings (lib/settings.ts) are read. */
export async function loadFeatureSettings(): Promise<FeatureSettings> {
  return { sideBySide: true, references: true };
}
