/**
 * The built-in emergency help is shown when no data could be loaded, so its numbers must be
 * exactly the reference list's (test/fixtures/ccci-reference.json, a copy of the project's
 * reference extract) and agree with the shipped bundle's own pinned entries.
 */
import { expect } from '@open-wc/testing';
import { BUILTIN_HELP, BUILTIN_HELP_BUNDLE, BUILTIN_HELP_LOCALES, builtinHelpViews } from '../../src/core/builtin-help.js';
import type { Bundle, LocalizedText, Resource } from '../../src/core/types.js';
import { validateBundle } from '../../src/core/validate.js';
import referenceJson from '../fixtures/ccci-reference.json';
import bundleJson from '../../data/ccci-resources.json';

interface RefEntry {
  number: number;
  id: string;
  contact?: string;
  link: string | null;
  mark: string;
}

const reference = (referenceJson as unknown as { resources: RefEntry[] }).resources;
const shipped = bundleJson as unknown as Bundle;

function entry(id: string): Resource {
  const r = BUILTIN_HELP.find((x) => x.id === id);
  if (!r) throw new Error(`no built-in entry ${id}`);
  return r;
}

/** The number the reference's contact field prints in bold after `label`, e.g. "Call: **1-888-373-7888**". */
function referenceNumber(contact: string, label: string): string {
  const m = new RegExp(`${label}:\\s*\\*\\*([^*]+)\\*\\*`).exec(contact);
  if (!m) throw new Error(`reference contact has no "${label}:" number`);
  return m[1].trim();
}

const numbersByType = (r: Resource) => (r.phones ?? []).map((p) => [p.type, p.number]);

describe('built-in emergency help', () => {
  const hotlineRef = reference.find((e) => e.id === 'national-human-trafficking-hotline');

  it('has the hotline numbers exactly as reference entry 33 publishes them', () => {
    expect(hotlineRef?.number).to.equal(33);
    const contact = hotlineRef?.contact ?? '';
    expect(numbersByType(entry('national-human-trafficking-hotline'))).to.deep.equal([
      ['voice', referenceNumber(contact, 'Call')],
      ['text', referenceNumber(contact, 'Text')],
      ['textphone', referenceNumber(contact, 'TTY')],
    ]);
    // The numbers, spelled out, so a change to the reference copy cannot pass silently.
    expect(numbersByType(entry('national-human-trafficking-hotline'))).to.deep.equal([
      ['voice', '1-888-373-7888'],
      ['text', '233733'],
      ['textphone', '711'],
    ]);
  });

  it("links only to the hotline's verified reference address", () => {
    expect(hotlineRef?.mark).to.equal('VERIFIED');
    expect(entry('national-human-trafficking-hotline').url).to.equal(hotlineRef?.link);
    expect(entry('emergency-911').url).to.equal(undefined);
  });

  it('agrees with the pinned entries of the shipped bundle', () => {
    for (const builtIn of BUILTIN_HELP) {
      const bundled = shipped.resources.find((r) => r.id === builtIn.id);
      expect(bundled?.pinned, `${builtIn.id} pinned in the bundle`).to.equal(true);
      expect(numbersByType(builtIn), builtIn.id).to.deep.equal(numbersByType(bundled!));
      expect(builtIn.url, builtIn.id).to.equal(bundled!.url);
    }
    expect(numbersByType(entry('emergency-911'))).to.deep.equal([['voice', '911']]);
  });

  it('writes every text in English and Spanish', () => {
    const texts: [string, LocalizedText | undefined][] = BUILTIN_HELP.flatMap((r) => [
      [`${r.id} name`, r.name],
      [`${r.id} description`, r.description],
      ...(r.phones ?? []).filter((p) => p.description).map((p): [string, LocalizedText | undefined] => [`${r.id} ${p.number}`, p.description]),
    ]);
    for (const [where, text] of texts) {
      expect(text, where).to.be.an('object');
      for (const l of BUILTIN_HELP_LOCALES) expect((text as Record<string, string>)[l]?.trim(), `${where} ${l}`).to.not.equal(undefined);
    }
  });

  it('is a valid bundle by the same rules as any data file', () => {
    const problems = validateBundle(BUILTIN_HELP_BUNDLE).problems;
    expect(problems.map((p) => `${p.severity}: ${p.message}`)).to.deep.equal([]);
  });

  it('renders as pinned cards with call, text and TTY actions, in Spanish for es-MX', () => {
    const [emergency, hotline] = builtinHelpViews('es-MX');
    expect(emergency.pinned && hotline.pinned).to.equal(true);
    expect(emergency.contacts.map((c) => c.href)).to.deep.equal(['tel:911']);
    expect(hotline.contacts.map((c) => [c.channel, c.href])).to.deep.equal([
      ['call', 'tel:+18883737888'],
      ['text', 'sms:233733'],
      ['tty', 'tel:711'],
    ]);
    expect(hotline.name).to.deep.equal({ text: 'Línea Nacional contra la Trata de Personas', lang: 'es' });
    expect(hotline.type).to.equal('Línea de ayuda');
    expect(builtinHelpViews('fr')[1].name.lang).to.equal('en');
  });
});
