import { expect } from '@open-wc/testing';
import { normalizeBundle } from '../../src/core/normalize.js';
import { resourceView, SUMMARY_MAX } from '../../src/core/resource-view.js';
import type { Bundle, Resource } from '../../src/core/types.js';

const bundle = (resources: Resource[]): Bundle => ({
  format_version: 1,
  meta: { title: 'T', default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-28' },
  facets: [{ id: 'type', field: 'resource_type', label: 'Type', values: [{ id: 'hotline', label: { en: 'Hotline', es: 'Línea directa' } }] }],
  resources,
});

const base: Resource = { id: 'r', name: { en: 'Safe house', es: 'Casa segura' }, description: 'Shelter.' };

describe('resourceView', () => {
  it('never shows a confidential street address, and shows a public one', () => {
    const hidden = resourceView({ ...base, address: { address_1: '12 Secret Lane', city: 'Town', confidential: true } }, normalizeBundle(bundle([])), 'en');
    expect(hidden.address).to.equal(undefined);
    expect(JSON.stringify(hidden)).to.not.contain('Secret Lane');
    const shown = resourceView({ ...base, address: { address_1: '1 Main St', city: 'Town' } }, normalizeBundle(bundle([])), 'en');
    expect(shown.address).to.equal('1 Main St, Town');
  });

  it('makes calls tel:, text lines sms:, textphones tel:, and never a call to a short code', () => {
    const view = resourceView(
      { ...base, phones: [{ number: '1-888-373-7888', type: 'voice' }, { number: '233733', type: 'text' }, { number: '711', type: 'textphone' }, { number: '233733', type: 'voice' }] },
      normalizeBundle(bundle([])),
      'en',
    );
    expect(view.contacts.map((c) => [c.channel, c.href])).to.deep.equal([
      ['call', 'tel:+18883737888'],
      ['text', 'sms:233733'],
      ['tty', 'tel:711'],
    ]);
  });

  it('links only to safe http(s) addresses and records a hub link', () => {
    expect(resourceView({ ...base, url: 'javascript:alert(1)' }, normalizeBundle(bundle([])), 'en').href).to.equal(undefined);
    expect(resourceView({ ...base, url: 'mailto:a@b.org' }, normalizeBundle(bundle([])), 'en').href).to.equal(undefined);
    const hub = resourceView({ ...base, url: 'https://example.org/', link_check: { status: 'verified-parent', checked: '2026-11' } }, normalizeBundle(bundle([])), 'en');
    expect(hub.href).to.equal('https://example.org/');
    expect(hub.hubLink).to.equal(true);
    expect(hub.checked).to.equal('2026-11');
  });

  it('localizes text with fallback and labels facet values', () => {
    const view = resourceView({ ...base, description: { en: 'Shelter.' }, resource_type: 'hotline' }, normalizeBundle(bundle([])), 'es');
    expect(view.name).to.deep.equal({ text: 'Casa segura', lang: 'es' });
    expect(view.summary).to.deep.equal({ text: 'Shelter.', lang: 'en' });
    expect(view.type).to.equal('Línea directa');
  });

  it('cuts a long description for the card and keeps the whole text for the details', () => {
    const long = 'word '.repeat(200).trim();
    const view = resourceView({ ...base, description: long }, normalizeBundle(bundle([])), 'en');
    expect([...view.summary.text].length).to.equal(SUMMARY_MAX);
    expect(view.summary.text.endsWith('…')).to.equal(true);
    expect(view.fullDescription?.text).to.equal(long);
  });
});
