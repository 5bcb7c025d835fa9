#!/usr/bin/env node
// Writes a synthetic HSDS 3.0 service list with the shapes and quirks of a real 211 export, for the
// import scale test (test/cli/scale.test.mjs) and benchmarks. Deterministic (seeded).
//   node scripts/gen-hsds-fixture.mjs [OUT.json] [--services 4000]
// Every name, number and link is fictitious: "Test service 0001", 555-01xx numbers, example.org.
// Quirks, as counted in the real export the issue describes:
//   12 extensions inside numbers ("305-555-0142 x57471", "ext. 12"), one junk number ("000-000-*347"),
//   http:// links on almost every service, "\n\n###MON###" in schedule text, mojibake ("CASAGÇÖs"),
//   ALL-CAPS names, ~2,000 AIRS-coded taxonomy terms (parents mostly missing), multi-site services,
//   confidential shelters, virtual-only services, impossible coordinates (100, 101), "09:00:00" times
//   with a numeric "timezone": -5, hours past midnight, and MONTHLY schedules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** mulberry32: a small seeded PRNG, so the fixture is the same on every run. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(count = 4000, seed = 211) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pad = (n, w = 4) => String(n).padStart(w, '0');

  // ~2,000 leaf terms under a few top-level AIRS codes; most parents are not in the export.
  const tops = ['B', 'D', 'F', 'L', 'N', 'P', 'R', 'T', 'Y'];
  const terms = [];
  for (let k = 0; terms.length < 1984; k++) {
    const top = tops[k % tops.length];
    const second = top + String.fromCharCode(65 + ((k >> 3) % 20));
    const code = `${second}-${1000 + 100 * (k % 90)}.${pad(k % 97, 4)}${k % 3 == 0 ? `-${pad(k % 900, 3)}` : ''}`;
    if (terms.some((t) => t.code == code)) continue;
    terms.push({ id: `term-${pad(terms.length)}`, code, name: `Test category ${pad(terms.length)}`, taxonomy: 'AIRS' });
  }
  // A handful of parents are present, with parent_id links.
  for (let k = 0; k < 9; k++) {
    const leaf = terms[k * 11];
    const parentCode = leaf.code.split('-')[0];
    const parent = { id: `term-parent-${k}`, code: parentCode, name: `Test top category ${k}`, taxonomy: 'AIRS' };
    leaf.parent_id = parent.id;
    terms.push(parent);
  }

  const zips = Array.from({ length: 60 }, (_, k) => String(33010 + k * 3));
  const extensions = new Set(Array.from({ length: 12 }, (_, k) => 40 + k * 137));
  const services = [];
  for (let i = 0; i < count; i++) {
    const n = pad(i + 1);
    let name = `Test service ${n}`;
    if (i % 97 == 5) name = `TEST SERVICE ${n} FOOD PANTRY`;
    if (i % 211 == 7) name = `CASAGÇÖs test program ${n}`;
    const phone = { id: `ph-${n}`, number: `305-555-01${pad(i % 100, 2)}`, type: 'voice' };
    if (extensions.has(i)) phone.number += i % 2 ? ` x${57000 + i}` : ` ext. ${i % 90}`;
    if (i == 1234) phone.number = '000-000-*347';
    const serviceTerms = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(terms));
    if (i < terms.length) serviceTerms.push(terms[i % terms.length]); // every term used at least once
    const open = 7 + Math.floor(rand() * 4);
    const schedule = {
      id: `sch-${n}`,
      freq: 'WEEKLY',
      byday: i % 10 == 3 ? 'MO,TU,WE,TH,FR,SA,SU' : 'MO,TU,WE,TH,FR',
      opens_at: i % 10 == 3 ? '00:00:00' : `${pad(open, 2)}:00:00`,
      closes_at: i % 10 == 3 ? '23:59:00' : `${pad(open + 8, 2)}:30:00`,
      timezone: -5,
      description: i % 5 == 0 ? `\\n\\n###MON###\\n${open}:00 AM - ${open - 4}:30 PM` : `Weekdays ${open} to ${open - 4}:30`,
    };
    const schedules = [schedule];
    if (i % 50 == 9) schedules.push({ id: `sch-${n}-n`, freq: 'WEEKLY', byday: 'FR,SA', opens_at: '20:00', closes_at: '02:00', description: 'Late nights Friday and Saturday' });
    if (i % 40 == 11) schedules.push({ id: `sch-${n}-m`, freq: 'MONTHLY', byday: '2TU', opens_at: '10:00', closes_at: '12:00', description: 'Second Tuesday of the month' });

    const sites = i % 25 == 0 ? 3 : i % 9 == 0 ? 2 : 1;
    const service_at_locations = [];
    if (i % 33 != 1) {
      for (let s = 0; s < sites; s++) {
        const location = {
          id: `loc-${n}-${s}`,
          name: `Test site ${n}-${s + 1}`,
          location_type: 'physical',
          latitude: Math.round((25.45 + rand() * 0.45) * 1e6) / 1e6,
          longitude: Math.round((-80.5 + rand() * 0.4) * 1e6) / 1e6,
          addresses: [{ id: `ad-${n}-${s}`, address_1: `${100 + i} Test Street`, city: 'Miami', state_province: 'FL', postal_code: pick(zips), country: 'US', address_type: 'physical' }],
        };
        if (i % 150 == 13) {
          location.addresses[0].address_1 = 'Confidential';
          location.confidential = true;
        }
        if (i % 400 == 17) [location.latitude, location.longitude] = [100, 101];
        service_at_locations.push({ id: `sal-${n}-${s}`, location });
      }
    } else {
      service_at_locations.push({ id: `sal-${n}-v`, location: { id: `loc-${n}-v`, name: 'Online', location_type: 'virtual' } });
    }
    services.push({
      id: `svc-${n}`,
      name,
      description: `A fictitious service for the import scale test, number ${n}.${i % 13 == 0 ? '\\nSee the website.' : ''}`,
      url: `http://www.example.org/test/${n}`,
      email: i % 3 == 0 ? `svc${n}@example.org` : undefined,
      status: 'active',
      organization: { id: `org-${pad(i % 700)}`, name: `Test organization ${pad(i % 700)}`, website: `http://example.org/org/${i % 700}` },
      phones: [phone],
      schedules,
      service_at_locations,
      languages: i % 4 == 0 ? [{ name: 'Spanish', code: 'es' }, { name: 'English', code: 'en' }] : [{ name: 'English', code: 'en' }],
      attributes: serviceTerms.map((t, k) => ({ id: `attr-${n}-${k}`, link_entity: 'service', taxonomy_term: t })),
    });
  }
  return { total_items: count, total_pages: 1, page_number: 1, size: count, first_page: true, last_page: true, empty: false, contents: services };
}

if (import.meta.url == `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--services');
  const count = at >= 0 ? Number(args[at + 1]) : 4000;
  const out = args.find((a, k) => !a.startsWith('--') && args[k - 1] != '--services') ?? 'hsds-fixture.json';
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(generate(count));
  writeFileSync(out, text);
  console.error(`Wrote ${out}: ${count} services, ${(text.length / 1e6).toFixed(1)} MB.`);
}
