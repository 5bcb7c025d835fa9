/**
 * The language switch: one button per locale the UI and the data share, each named in its own
 * language ("English", "Español"). The pick lives in memory only (LangController.choose).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { languageName } from '../core/language-name.js';

/** A language's own name, capitalized as a label ("español" → "Español"). */
function autonym(code: string): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function renderLangSwitch(locales: string[], current: string, choose: (locale: string) => void) {
  if (locales.length < 2) return nothing;
  const base = current.split('-')[0].toLowerCase();
  return html`<div class="lang-switch" role="group" aria-label=${msg('Language', { id: 'lang.switch', desc: 'Accessible name of the group of language buttons.' })}>
    ${locales.map((code) => {
      const on = code.toLowerCase() === current.toLowerCase() || code.toLowerCase() === base;
      return html`<button type="button" class="chip" lang=${code} aria-pressed=${on ? 'true' : 'false'} @click=${() => choose(code)}>${autonym(code)}</button>`;
    })}
  </div>`;
}
