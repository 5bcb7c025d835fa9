/**
 * How a phone is used: the one map from a phone's `type` to the contact channel it offers.
 * Owns: that map (cards, the channels facet and the HSDS importer all read it). Does not own:
 * whether a number can be dialled (links.ts).
 */
import type { PhoneType } from './types.js';

/** A phone's contact channel; types with none (fax, pager, video) are not offered as an action. */
export type PhoneChannel = 'call' | 'text' | 'tty';

const PHONE_CHANNEL: Partial<Record<PhoneType, PhoneChannel>> = { voice: 'call', cell: 'call', text: 'text', textphone: 'tty' };

/** The channel of a phone (an untyped phone is a voice line), or undefined for fax, pager and video. */
export function phoneChannel(type: PhoneType | undefined): PhoneChannel | undefined {
  return PHONE_CHANNEL[type ?? 'voice'];
}
