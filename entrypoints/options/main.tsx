import './style.css';
import { render } from 'preact';
import { Options } from '@/components/Options';
import { setUiLanguage, t } from '@/lib/i18n';
import {
  getSettings,
  setOpenData,
  updateSettings,
  watchSettings,
  type Settings,
  type StoredSettings,
} from '@/lib/settings';

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  let settings: Settings = await getSettings();
  let status = '';

  const draw = () => {
    setUiLanguage(settings.uiLanguage);
    document.documentElement.lang = settings.uiLanguage;
    document.title = t('options.title');
    render(
      <Options
        settings={settings}
        status={status}
        onChange={(patch: StoredSettings) => {
          void updateSettings(patch).then((next) => {
            settings = next;
            status = t('options.saved');
            draw();
          });
        }}
        onOpenData={async (enabled) => {
          // Called straight from the click, so the permission prompt is allowed.
          const granted = await setOpenData(enabled).catch(() => false);
          settings = await getSettings();
          status = enabled && !granted ? t('options.openDataDenied') : t('options.saved');
          draw();
          return granted;
        }}
      />,
      root,
    );
  };

  // Another options tab or the toolbar may change settings too.
  watchSettings((next) => {
    settings = next;
    draw();
  });
  draw();
}

void main();
