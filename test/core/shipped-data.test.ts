/**
 * Checks the shipped bundle data/ccci-resources.json against the verified reference list
 * (test/fixtures/ccci-reference.json, a copy of the project's reference extract).
 * People in danger act on these numbers and links, so the rules here are strict.
 */
import { expect } from '@open-wc/testing';
import type { Bundle, LocalizedText, Resource } from '../../src/core/types.js';
import bundleJson from '../../data/ccci-resources.json';
import referenceJson from '../fixtures/ccci-reference.json';

interface RefEntry {
  number: number;
  id: string;
  title: string;
  section: string;
  link: string | null;
  mark: 'VERIFIED-EXACT' | 'VERIFIED' | 'VERIFIED-PARENT' | 'SECONDARY' | 'UNVERIFIED' | 'NOT FOUND';
}

const bundle = bundleJson as unknown as Bundle;
const reference = (referenceJson as unknown as { resources: RefEntry[] }).resources;
const byId = new Map<string, Resource>(bundle.resources.map((r) => [r.id, r]));

function hasLocales(text: LocalizedText | undefined, locales: string[]): boolean {
  if (text === undefined || typeof text === 'string') return false;
  return locales.every((l) => typeof text[l] === 'string' && text[l].trim() !== '');
}

function get(id: string): Resource {
  const r = byId.get(id);
  if (!r) throw new Error(`missing resource ${id}`);
  return r;
}

describe('shipped data: data/ccci-resources.json', () => {
  it('has the expected header', () => {
    expect(bundle.format_version).to.equal(1);
    expect(bundle.meta.default_locale).to.equal('en');
    expect(bundle.meta.locales).to.deep.equal(['en', 'es']);
    expect(bundle.meta.translations?.es?.status).to.equal('unreviewed');
    expect(bundle.meta.corrections_contact, 'no verified corrections contact exists').to.equal(undefined);
  });

  it('the reference fixture is the expected one (72 distinct resources)', () => {
    expect(reference).to.have.length(72);
    expect(new Set(reference.map((e) => e.id)).size).to.equal(72);
  });

  it('contains every reference id exactly once, in reference order, plus emergency-911', () => {
    const ids = bundle.resources.map((r) => r.id);
    for (const e of reference) {
      expect(ids.filter((id) => id === e.id), `occurrences of ${e.id}`).to.have.length(1);
    }
    expect(ids.filter((id) => id === 'emergency-911')).to.have.length(1);
    expect(ids).to.have.length(reference.length + 1);
    const refOrder = ids.filter((id) => id !== 'emergency-911');
    expect(refOrder).to.deep.equal(reference.map((e) => e.id));
  });

  it('publishes no link or contact for UNVERIFIED or NOT FOUND resources', () => {
    const bad = reference.filter((e) => e.mark === 'UNVERIFIED' || e.mark === 'NOT FOUND');
    expect(bad.length).to.be.greaterThan(0);
    for (const e of bad) {
      const r = get(e.id);
      expect(r.url, `${e.id} url`).to.equal(undefined);
      expect(r.email, `${e.id} email`).to.equal(undefined);
      expect(r.phones, `${e.id} phones`).to.equal(undefined);
      expect(r.organization?.url, `${e.id} organization url`).to.equal(undefined);
      expect(r.link_check?.status, `${e.id} link_check`).to.equal(
        e.mark === 'UNVERIFIED' ? 'unverified' : 'not-found',
      );
      expect(r.channels ?? [], `${e.id} channels`).to.not.include.members(['call', 'text', 'tty', 'email', 'web']);
    }
  });

  it('uses the reference link for VERIFIED, VERIFIED-EXACT and SECONDARY resources', () => {
    const statusOf = { 'VERIFIED-EXACT': 'verified-exact', VERIFIED: 'verified', SECONDARY: 'secondary' } as const;
    for (const e of reference) {
      if (e.mark !== 'VERIFIED-EXACT' && e.mark !== 'VERIFIED' && e.mark !== 'SECONDARY') continue;
      const r = get(e.id);
      expect(e.link, `${e.id} reference link`).to.be.a('string');
      expect(r.url, `${e.id} url`).to.equal(e.link);
      expect(r.link_check?.status, `${e.id} status`).to.equal(statusOf[e.mark]);
      expect(r.link_check?.checked, `${e.id} checked`).to.equal('2026-11');
    }
  });

  it('marks VERIFIED-PARENT resources as verified-parent, linking the reference hub', () => {
    const parents = reference.filter((e) => e.mark === 'VERIFIED-PARENT');
    expect(parents.length).to.be.greaterThan(0);
    for (const e of parents) {
      const r = get(e.id);
      expect(r.link_check?.status, `${e.id} status`).to.equal('verified-parent');
      expect(r.url, `${e.id} url`).to.equal(e.link);
      expect(hasLocales(r.link_check?.note, ['en', 'es']), `${e.id} note`).to.equal(true);
    }
  });

  it('only uses links that appear in the reference', () => {
    const allowed = new Set(reference.map((e) => e.link).filter((l): l is string => !!l));
    for (const r of bundle.resources) {
      if (r.url !== undefined) expect(allowed.has(r.url), `${r.id} url ${r.url}`).to.equal(true);
      if (r.organization?.url !== undefined) {
        expect(allowed.has(r.organization.url), `${r.id} organization url`).to.equal(true);
      }
    }
  });

  it('has the National Human Trafficking Hotline exactly right', () => {
    const r = get('national-human-trafficking-hotline');
    expect(r.pinned).to.equal(true);
    expect(r.url).to.equal('https://humantraffickinghotline.org/');
    expect(r.availability).to.deep.equal(['24-7']);
    expect(r.cost).to.equal('free');
    expect(r.languages).to.include.members(['en', 'es']);
    const phones = r.phones ?? [];
    expect(phones.map((p) => [p.number, p.type])).to.deep.equal([
      ['1-888-373-7888', 'voice'],
      ['233733', 'text'],
      ['711', 'textphone'],
    ]);
    expect(phones[0].languages).to.include.members(['en', 'es']);
    expect(hasLocales(phones[1].description, ['en', 'es'])).to.equal(true);
    expect((phones[1].description as Record<string, string>).en).to.contain('HELP');
    expect(r.channels).to.include.members(['call', 'text', 'tty']);
    const en = (r.description as Record<string, string>).en;
    expect(en).to.match(/200\+/);
    expect(en).to.match(/Spanish/);
    const urls = bundle.resources.map((x) => x.url ?? '');
    expect(urls.some((u) => u.includes('/chat')), 'third-party chat link').to.equal(false);
  });

  it('has the emergency 911 entry pinned', () => {
    const r = get('emergency-911');
    expect(r.pinned).to.equal(true);
    expect(r.phones).to.deep.equal([{ number: '911', type: 'voice' }]);
    expect(r.availability).to.deep.equal(['24-7']);
    expect(r.cost).to.equal('free');
  });

  it('has the DOL Wage and Hour number in its correct form', () => {
    const r = get('dol-whd-helpline');
    const voice = (r.phones ?? []).filter((p) => p.type === 'voice').map((p) => p.number);
    expect(voice).to.deep.equal(['1-866-487-9243']);
    const all = JSON.stringify(bundle);
    expect(all).to.not.contain('487- 9243');
  });

  it('has DIAL with its number and a secondary link check', () => {
    const r = get('acl-dial');
    expect((r.phones ?? []).map((p) => p.number)).to.deep.equal(['888-677-1199']);
    expect(r.link_check?.status).to.equal('secondary');
  });

  it('gives every resource an English and Spanish name and description', () => {
    for (const r of bundle.resources) {
      expect(hasLocales(r.name, ['en', 'es']), `${r.id} name`).to.equal(true);
      expect(hasLocales(r.description, ['en', 'es']), `${r.id} description`).to.equal(true);
    }
  });

  it('labels every facet and facet value in English and Spanish', () => {
    const facets = bundle.facets ?? [];
    expect(facets.map((f) => f.id)).to.deep.equal([
      'category',
      'audience',
      'type',
      'language',
      'contact',
      'cost',
      'availability',
    ]);
    for (const f of facets) {
      expect(hasLocales(f.label, ['en', 'es']), `facet ${f.id}`).to.equal(true);
      for (const v of f.values ?? []) {
        expect(hasLocales(v.label, ['en', 'es']), `${f.id}/${v.id}`).to.equal(true);
      }
    }
    expect(facets.find((f) => f.id === 'language')?.values).to.equal(undefined);
  });

  it('only uses facet values that the facet defines', () => {
    for (const f of bundle.facets ?? []) {
      if (!f.values) continue;
      const defined = new Set(f.values.map((v) => v.id));
      const field = (f.field ?? f.id) as keyof Resource;
      for (const r of bundle.resources) {
        const raw = r[field];
        if (raw === undefined) continue;
        const used = Array.isArray(raw) ? raw : [raw];
        for (const u of used) expect(defined.has(String(u)), `${r.id}: ${f.id} = ${String(u)}`).to.equal(true);
      }
    }
  });

  it('uses all 16 categories, and puts the OVC materials in both of their sections', () => {
    const cat = (bundle.facets ?? []).find((f) => f.id === 'category');
    const ids = (cat?.values ?? []).map((v) => v.id);
    expect(ids).to.have.length(16);
    const used = new Set(bundle.resources.flatMap((r) => r.categories ?? []));
    for (const id of ids) expect(used.has(id), `category ${id} unused`).to.equal(true);
    expect(get('ovc-child-victims-witnesses-support-ht').categories).to.have.length(2);
  });
});
