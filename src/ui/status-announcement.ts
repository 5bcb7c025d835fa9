/**
 * The live region's words for a search result (ui/announcer.ts says them once changes pause).
 * In the first script: the results around it render in a part (ui/with-data.ts).
 */
import type { FinderView } from '../core/view-model.js';
import { catalogueFor, renderWithCatalogue, type Translations } from '../i18n/localization.js';
import { relaxedText } from './messages.js';
import { countText } from './status.js';

/** What the live region says about a search, in the UI locale: the count, and the relaxed note when it applies. */
export function statusAnnouncement(status: FinderView['status'], locale: string, translations: Translations | undefined): string {
  return renderWithCatalogue(catalogueFor(locale, translations), () => [countText(status.total, locale), status.relaxed ? relaxedText() : ''].join(' ').trim());
}
