/**
 * Type guards for untrusted JSON. Owns: what counts as a plain JSON object. Does not own: any rule
 * about the bundle (validate.ts, schema-check.ts).
 */

/** A parsed JSON object (not null, not an array). */
export type Obj = Record<string, unknown>;

/** True for a JSON object: not null, not an array. */
export const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
