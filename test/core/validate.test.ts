import { expect } from '@open-wc/testing';
import { checkAgainstSchema, type Schema } from '../../src/core/schema-check.js';
import { formatProblem, schema, validateBundle, validateBundleInSlices } from '../../src/core/validate.js';
import type { Problem } from '../../src/core/types.js';

const good = () => ({
  format_version: 1,
  meta: { title: { en: 'Resources', es: 'Recursos' }, default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-28' },
  facets: [{ id: 'categories', label: 'Category', values: [{ id: 'hotline', label: 'Hotline' }] }],
  resources: [
    {
      id: 'national-human-trafficking-hotline',
      name: 'National Human Trafficking Hotline',
      description: 'Confidential help, any time.',
      url: 'https://humantraffickinghotline.org/',
      phones: [
        { number: '1-888-373-7888', type: 'voice' },
        { number: '233733', type: 'text' },
      ],
      categories: ['hotline'],
    },
    { id: 'example', name: 'Example', description: 'Example data.', url: 'https://www.example.org/' },
  ] as Record<string, unknown>[],
});

const codes = (ps: Problem[]) => ps.map((p) => p.code);

describe('checkAgainstSchema (the interpreter)', () => {
  const S = schema as Schema;

  it('a valid bundle has no problems', () => {
    expect(checkAgainstSchema(good(), S)).to.deep.equal([]);
  });

  it('reports keyword, path and the schema\'s x-fix', () => {
    const b = good();
    b.resources[0]!.id = 'Not An Id';
    const [p] = checkAgainstSchema(b, S);
    expect(p).to.include({ code: 'pattern', severity: 'error' });
    expect(p!.path).to.deep.equal(['resources', 0, 'id']);
    expect(p!.fix).to.match(/lower-case letters, digits and hyphens/);
  });

  it('required, type, enum, minimum/maximum, minItems, uniqueItems, propertyNames', () => {
    const b = good() as Record<string, unknown> & ReturnType<typeof good>;
    delete (b.resources[1] as Record<string, unknown>).description;
    b.resources[0]!.categories = 'hotline';
    b.resources[0]!.status = 'open';
    b.format_version = 2;
    (b.meta as Record<string, unknown>).locales = [];
    b.resources[1]!.languages = ['en', 'en'];
    b.resources[1]!.name = { en_US: 'x' };
    const ps = checkAgainstSchema(b, S);
    expect(codes(ps)).to.have.members(['maximum', 'minItems', 'type', 'enum', 'required', 'uniqueItems', 'propertyNames']);
    expect(ps.find((p) => p.code == 'required')!.path).to.deep.equal(['resources', 1, 'description']);
  });

  it('anyOf gives one clear message, not a cascade', () => {
    const b = good();
    b.resources[0]!.name = 5;
    const ps = checkAgainstSchema(b, S);
    expect(ps).to.have.length(1);
    expect(ps[0]!.message).to.equal('must be text or an object { }, not a whole number');
    expect(ps[0]!.fix).to.match(/map of language to text/);
    b.resources[0]!.name = '  ';
    expect(checkAgainstSchema(b, S).map((p) => p.message)).to.deep.equal(['is blank']);
  });

  it('a "__proto__" key is data, not a schema lookup, and pollutes nothing', () => {
    const b = JSON.parse('{"format_version":1,"__proto__":{"polluted":true},"meta":{"title":"t","default_locale":"en","locales":["en"],"updated":"2026-01"},"resources":[]}');
    expect(checkAgainstSchema(b, S)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('deep nesting does not crash', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10000; i++) deep = [deep];
    const b = good();
    b.resources[0]!.categories = deep;
    expect(codes(checkAgainstSchema(b, S))).to.deep.equal(['type']);
  });
});

describe('validateBundle', () => {
  it('keeps a valid bundle as it is', () => {
    const { bundle, problems } = validateBundle(good());
    expect(problems).to.deep.equal([]);
    expect(bundle!.resources).to.have.length(2);
  });

  it('not an object, or no resources list → bundle null', () => {
    for (const input of [null, [], 'x', 3]) {
      const r = validateBundle(input);
      expect(r.bundle).to.equal(null);
      expect(codes(r.problems)).to.deep.equal(['not-object']);
    }
    const b: Record<string, unknown> = good();
    delete b.resources;
    expect(codes(validateBundle(b).problems)).to.deep.equal(['no-resources']);
    b.resources = {};
    expect(validateBundle(b).bundle).to.equal(null);
  });

  it('a problem inside one resource drops only that resource; order is kept', () => {
    const b = good();
    b.resources.push({ id: 'third', name: 'Third', description: 'Third one.' });
    delete (b.resources[1] as Record<string, unknown>).name;
    const { bundle, problems } = validateBundle(b);
    expect(bundle!.resources.map((r) => r.id)).to.deep.equal(['national-human-trafficking-hotline', 'third']);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'required', resourceIndex: 1 });
  });

  it('an unsafe link costs only the link: the resource stays, without it', () => {
    const b = good();
    b.resources.push({ id: 'third', name: 'Third', description: 'Third one.' });
    b.resources[1]!.url = 'javascript:alert(1)';
    const { bundle, problems } = validateBundle(b);
    expect(bundle!.resources.map((r) => r.id)).to.deep.equal(['national-human-trafficking-hotline', 'example', 'third']);
    expect(bundle!.resources[1]!.url).to.equal(undefined);
    expect(b.resources[1]!.url, 'the input is not modified').to.equal('javascript:alert(1)');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'link-scheme', resourceIndex: 1, resourceId: 'example' });
    expect(formatProblem(problems[0]!)).to.equal(
      'resource 2 (id "example"), field "url": "javascript:" links are not allowed. Use a full web address starting with https://, or a mailto: or tel: link.',
    );
  });

  it('link checks: scheme, no scheme, hidden characters', () => {
    const cases: [string, string][] = [
      ['JaVaScRiPt:alert(1)', 'link-scheme'],
      ['java\tscript:alert(1)', 'link-scheme'],
      ['  javascript:alert(1)', 'link-scheme'],
      ['data:text/html,x', 'link-scheme'],
      ['www.example.org', 'link-no-scheme'],
      ['//evil.com', 'link-invalid'],
      ['/relative', 'link-invalid'],
    ];
    for (const [url, code] of cases) {
      const b = good();
      b.resources[1]!.url = url;
      const { problems } = validateBundle(b);
      expect(codes(problems), url).to.deep.equal([code]);
    }
    const b = good();
    b.resources[1]!.url = 'www.example.org';
    expect(validateBundle(b).problems[0]!.fix).to.equal('Add https:// at the start: "https://www.example.org".');
  });

  it('phones must be diallable; a short code must be a text line', () => {
    const b = good();
    (b.resources[0]!.phones as { number: string; type: string }[])[1]!.type = 'voice';
    expect(validateBundle(b).problems.map((p) => [p.code, p.path.join('/')])).to.deep.equal([['phone', 'resources/0/phones/1/number']]);
    const c = good();
    (c.resources[0]!.phones as { number: string }[])[0]!.number = 'TBD';
    expect(codes(validateBundle(c).problems)).to.deep.equal(['phone']);
  });

  it('duplicate ids: second and later copies are invalid', () => {
    const b = good();
    b.resources.push({ ...b.resources[1]! }, { ...b.resources[1]! });
    const { bundle, problems } = validateBundle(b);
    expect(problems.map((p) => [p.code, p.resourceIndex])).to.deep.equal([
      ['duplicate-id', 2],
      ['duplicate-id', 3],
    ]);
    expect(bundle!.resources).to.have.length(2);
  });

  it('facet values used must be defined; bad facets are dropped', () => {
    const b = good() as ReturnType<typeof good> & { facets: unknown[] };
    b.resources[1]!.categories = ['hotlines'];
    b.facets.push({ id: 'broken' }, { id: 'topic', label: 'Topic' });
    const { bundle, problems } = validateBundle(b);
    expect(problems.map((p) => [p.code, p.path.join('/')])).to.have.deep.members([
      ['required', 'facets/1/label'],
      ['facet-field', 'facets/2/id'],
      ['unknown-facet-value', 'resources/1/categories/0'],
    ]);
    expect(bundle!.facets!.map((f) => f.id)).to.deep.equal(['categories']);
    expect(bundle!.resources).to.have.length(1);
  });

  it('a missing or invalid meta gets safe defaults, with an error', () => {
    const b: Record<string, unknown> = good();
    delete b.meta;
    const r = validateBundle(b);
    expect(codes(r.problems)).to.deep.equal(['required']);
    expect(r.bundle!.meta).to.deep.include({ title: 'Resources', default_locale: 'en', locales: ['en'] });
    expect(r.bundle!.resources).to.have.length(2);
    const c = good();
    (c.meta as Record<string, unknown>).locales = 'en';
    const s = validateBundle(c);
    expect(s.bundle!.meta.locales).to.deep.equal(['en']);
    expect(s.bundle!.meta.title).to.deep.equal({ en: 'Resources', es: 'Recursos' });
  });

  it('bad synonyms are dropped per locale', () => {
    const b: Record<string, unknown> = good();
    b.synonyms = { en: [['shelter', 'housing']], es: [['solo']] };
    const r = validateBundle(b);
    expect(codes(r.problems)).to.deep.equal(['minItems']);
    expect(r.bundle!.synonyms).to.deep.equal({ en: [['shelter', 'housing']] });
  });
});

describe('validateBundleInSlices', () => {
  it('finds exactly what validateBundle finds on a big bundle, without one long task', async () => {
    const big = {
      format_version: 1,
      meta: { title: 'Big', default_locale: 'en', locales: ['en'], updated: '2026-11-28' },
      resources: Array.from({ length: 1200 }, (_, i) => ({ id: `r-${i}`, name: `Resource ${i}`, description: 'Help.', url: 'https://example.org/' })),
    } as { resources: Record<string, unknown>[] };
    big.resources[7] = { id: 'r-7', description: 'No name.' };
    big.resources[900] = { ...big.resources[900], url: 'javascript:alert(1)' };
    big.resources[901] = { ...big.resources[901], id: 'r-5' };
    const whole = validateBundle(big);
    const sliced = await validateBundleInSlices(big, 4);
    expect(sliced.problems).to.deep.equal(whole.problems);
    expect(sliced.bundle!.resources.length).to.equal(whole.bundle!.resources.length);
    expect(sliced.bundle!.resources.length).to.equal(1198);
  });
});

describe('validateBundle: where each kept resource came from (what the loading worker hands over)', () => {
  it('lists the input index of every kept resource; untouched ones are the same objects, trimmed ones copies', () => {
    const b = good();
    b.resources.push({ id: 'third', name: 'Third', description: 'Kept, without its link.', url: 'javascript:alert(1)' });
    b.resources.splice(1, 0, { id: 'bad', name: '', description: 'Dropped: no name.' });
    const v = validateBundle(b);
    expect(v.from).to.deep.equal([0, 2, 3]);
    expect(v.bundle!.resources[0]).to.equal(b.resources[0]);
    expect(v.bundle!.resources[1]).to.equal(b.resources[2]);
    expect(v.bundle!.resources[2]).to.not.equal(b.resources[3]);
    expect(v.bundle!.resources[2]).to.not.have.property('url');
  });
});
