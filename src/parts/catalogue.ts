import type { str } from '@lit/localize';

/** A UI message catalogue: message id → text or `str` template. */
export type Catalogue = Record<string, string | ReturnType<typeof str>>;
