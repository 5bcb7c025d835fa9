/**
 * The words on a contact action ("Call 1-888-373-7888", "Text 233733", "TTY 711", "Email"), shared
 * by result cards, pinned help and the shortlist's printed and copied text.
 */
import { msg, str } from '@lit/localize';
import type { ContactAction } from '../core/resource-view.js';

/** `keepTogether`: hyphens become non-breaking, so a narrow screen never splits a phone number. */
export function contactLabel(action: ContactAction, keepTogether = false): string {
  if (keepTogether) action = { ...action, value: action.value.replace(/-/g, '\u2011') };
  switch (action.channel) {
    case 'call':
      return msg(str`Call ${action.value}`, { id: 'contact.call', desc: 'Button that starts a phone call; {0} is the number.' });
    case 'text':
      return msg(str`Text ${action.value}`, { id: 'contact.text', desc: 'Button that opens a text message (SMS); {0} is the number or short code.' });
    case 'tty':
      return msg(str`TTY ${action.value}`, { id: 'contact.tty', desc: 'Button for a TTY/textphone line (deaf or hard of hearing); {0} is the number.' });
    default:
      return msg('Email', { id: 'contact.email', desc: 'Button that opens an e-mail to the resource.' });
  }
}

/** A contact written out in full for print and copy: e-mail addresses as themselves. */
export function contactText(action: ContactAction): string {
  return action.channel === 'email' ? action.value : contactLabel(action);
}
