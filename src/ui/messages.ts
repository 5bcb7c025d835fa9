/**
 * UI texts used by more than one template, defined once so each message id has one source text
 * (lit-localize extracts each id once). Call these inside a render.
 */
import { msg } from '@lit/localize';

/** Badge: open 24 hours a day, 7 days a week. */
export const allDayText = () => msg('24/7', { id: 'badge.allDay', desc: 'Badge: open 24 hours a day, 7 days a week.' });

/** Heading of the visitor's shortlist (also the first line of the copied text). */
export const listTitle = () => msg('My list', { id: 'list.title', desc: 'Heading of the visitor’s shortlist of resources.' });

/** Shown (and announced) when the search fell back from all words to any word. */
export const relaxedText = () =>
  msg('No resource matched every word; showing resources that match any of them.', {
    id: 'status.relaxed',
    desc: 'Shown when the search fell back from all words to any word.',
  });
