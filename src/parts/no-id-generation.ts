/**
 * Stands in for @lit/localize's internal/id-generation.js in the one-file build (vite.config.ts):
 * every msg() there has an explicit id (test/docs/l10n.test.mjs), so no id is ever generated from
 * a message's text. Should one be missing, its text is its id: it then shows in English only.
 */
export const generateMsgId = (strings: string | readonly string[]) => String(strings);
