/**
 * Link and phone safety: which strings may become an `href`.
 * Owns: the scheme allow-list (decided by parsing with `new URL()`, never by a prefix test) and
 * turning a phone number into a `tel:`/`sms:` link. Pure: no DOM, no network.
 * Does not own: reporting problems to people (validate.ts) or showing links (ui/).
 */

import type { PhoneType } from './types.js';

const ALLOWED = ['http:', 'https:', 'mailto:', 'tel:'];

/** Whitespace, controls, zero-width and bidi characters: never part of a link that is what it looks like. */
export const HIDDEN_CHARS = /[\s\0-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * The normalized href when `raw` is an absolute http:, https:, mailto: or tel: link, else null.
 * Relative and protocol-relative links are refused (no base URL is given, so the parser throws).
 */
export function safeHref(raw: unknown): string | null {
  // Whitespace, controls, zero-width and bidi characters anywhere: the URL parser silently removes
  // some of them ("java\tscript:"), so a link containing them is never what it looks like.
  if (typeof raw != 'string' || HIDDEN_CHARS.test(raw)) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const p = url.protocol;
  if (!ALLOWED.includes(p)) return null;
  // user:password@host hides the real destination from a reader.
  if (url.username || url.password) return null;
  if (p == 'tel:' && !/^\+?[\d().-]+$/.test(url.pathname)) return null;
  if (p == 'mailto:' && !/^[^@]+@[^@]+$/.test(decodeURIComponentSafe(url.pathname))) return null;
  return url.href;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

/** Digits of a phone number; vanity letters become keypad digits ("1-800-FLOWERS"). */
function digitsOf(number: string): string {
  return number
    .toLowerCase()
    .replace(/[a-z]/g, (c) => '22233344455566677778889999'[c.charCodeAt(0) - 97]!)
    .replace(/\D/g, '');
}

/** Only these characters may appear in a phone number (the schema's own pattern, less the letters check). */
const PHONE_CHARS = /^\+?[0-9A-Za-z ().-]+$/;

/** A 5–6 digit SMS short code (233733, or "BEFREE" on the keypad): a text line, never a call. */
export function isShortCode(number: unknown): boolean {
  return typeof number == 'string' && /^[0-9A-Za-z ().-]+$/.test(number.trim()) && /^\d{5,6}$/.test(digitsOf(number));
}

/**
 * True when `number` can be called: N11 service codes (211, 988…) or 7–15 digits (E.164's maximum).
 * Short codes are not diallable: they only take text messages.
 */
export function isDiallable(number: unknown): boolean {
  if (typeof number != 'string' || !PHONE_CHARS.test(number.trim())) return false;
  const d = digitsOf(number);
  return /^([2-9]11|988)$/.test(d) || (d.length >= 7 && d.length <= 15);
}

/** E.164-style target: "+" kept; 10 digits or 1 + 10 digits are North American (+1). */
function dialString(number: string): string {
  const d = digitsOf(number);
  if (number.trim()[0] == '+') return '+' + d;
  if (d.length == 10) return '+1' + d;
  if (d.length == 11 && d[0] == '1') return '+' + d;
  return d;
}

/**
 * The link for a phone: `tel:+18883737888` for calls (voice, cell, textphone, fax, pager),
 * `sms:233733` for text lines. Null when it cannot be dialled (or for video relay).
 */
export function phoneHref(number: unknown, type: PhoneType | string = 'voice', extension?: string): string | null {
  if (typeof number != 'string') return null;
  if (type == 'text') {
    if (isShortCode(number)) return 'sms:' + digitsOf(number);
    return isDiallable(number) ? 'sms:' + dialString(number) : null;
  }
  if (type == 'video' || !isDiallable(number)) return null;
  const ext = extension && /^\d{1,10}$/.test(extension) ? ';ext=' + extension : '';
  return 'tel:' + dialString(number) + ext;
}
