import { kindMessage, t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { Settings, StoredSettings } from '@/lib/settings';
import { REFERENCE_KINDS } from '@/lib/references/kinds';

export interface OptionsProps {
  settings: Settings;
  onChange(patch: StoredSettings): void;
  /** Turning open data on asks for its permission; resolves to the new state. */
  onOpenData(enabled: boolean): Promise<boolean>;
  /** A short status line ("Opgeslagen", "Geen toestemming …"), announced politely. */
  status: string;
}

type Flag =
  | 'sideBySide'
  | 'tooltips'
  | 'crossDocument'
  | 'timeline'
  | 'copyButtons'
  | 'keyboard'
  | 'linksInNewTab';

function Check(props: {
  id: string;
  label: string;
  checked: boolean;
  onToggle(checked: boolean): void;
  hint?: string;
}) {
  return (
    <div class="row">
      <input
        type="checkbox"
        id={props.id}
        name={props.id}
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The options page: each feature on or off, copy format, new tab, UI language, open data. */
export function Options(props: OptionsProps) {
  const { settings, onChange } = props;
  const flag = (key: Flag, label: MessageKey) => (
    <Check
      id={key}
      label={t(label)}
      checked={settings[key]}
      onToggle={(v) => onChange({ [key]: v })}
    />
  );
  return (
    <main class="options" lang={uiLanguage()}>
      <h1>{t('options.title')}</h1>

      <fieldset>
        <legend>{t('options.features')}</legend>
        {flag('sideBySide', 'options.sideBySide')}
        {flag('copyButtons', 'options.copyButtons')}
        {flag('keyboard', 'options.keyboard')}
        {flag('timeline', 'options.timeline')}
        {flag('tooltips', 'options.tooltips')}
        {flag('crossDocument', 'options.crossDocument')}
        {flag('linksInNewTab', 'options.linksInNewTab')}
        <Check
          id="openData"
          label={t('options.openData')}
          hint={t('options.openDataHint')}
          checked={settings.openData}
          onToggle={(v) => void props.onOpenData(v)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('options.references')}</legend>
        <div class="kinds">
          {REFERENCE_KINDS.map((kind) => (
            <Check
              key={kind}
              id={`ref-${kind}`}
              label={t(kindMessage(kind))}
              checked={settings.references[kind]}
              onToggle={(v) => onChange({ references: { [kind]: v } })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('options.copy')}</legend>
        <p class="label" id="copyFormat-label">
          {t('options.copyFormat')}
        </p>
        <div role="radiogroup" aria-labelledby="copyFormat-label">
          {(['plain', 'markdown'] as const).map((format) => (
            <div class="row" key={format}>
              <input
                type="radio"
                id={`copyFormat-${format}`}
                name="copyFormat"
                value={format}
                checked={settings.copyFormat === format}
                onChange={() => onChange({ copyFormat: format })}
              />
              <label for={`copyFormat-${format}`}>
                {t(format === 'plain' ? 'options.formatPlain' : 'options.formatMarkdown')}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('options.language')}</legend>
        <select
          id="uiLanguage"
          aria-label={t('options.language')}
          value={settings.uiLanguage}
          onChange={(e) =>
            onChange({
              uiLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'],
            })
          }
        >
          <option value="nl" lang="nl">
            Nederlands
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </fieldset>

      <p class="status" role="status" aria-live="polite">
        {props.status}
      </p>
    </main>
  );
}
