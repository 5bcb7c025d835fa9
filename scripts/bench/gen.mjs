// Deterministic synthetic bundles for the benchmark: a seeded PRNG draws realistic titles,
// descriptions, organizations (English + Spanish) and facet values with skewed cardinalities.
// Owns only test data; knows nothing about the engine.

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = `housing shelter legal immigration screening training employment youth trafficking health clinic
food pantry counseling crisis hotline family children education transportation childcare mental recovery
support services assistance center network program community emergency rental utility benefits veterans
refugee asylum survivors domestic violence advocacy case management job career literacy tutoring dental
vision prescription insurance tax financial coaching mentoring reentry disability senior aging substance
addiction treatment prevention outreach homeless hunger nutrition meals clothing furniture diapers formula
pregnancy prenatal parenting fathers mothers teens students college scholarship language english classes
citizenship naturalization visa deportation detention bond court eviction tenant landlord foreclosure
wage theft labor exploitation workers rights discrimination disability access deaf blind interpreter
translation medicaid medicare snap wic cash aid voucher energy heating cooling water internet phone`.split(/\s+/);
const ES = `vivienda refugio albergue ayuda legal inmigración empleo capacitación jóvenes niños familias salud
clínica alimentos despensa consejería crisis línea educación transporte cuidado infantil recuperación apoyo
servicios asistencia centro red programa comunidad emergencia alquiler beneficios refugiados asilo
sobrevivientes violencia doméstica defensa trabajo carrera alfabetización tutoría dental visión seguro
impuestos financiero orientación adultos mayores discapacidad adicción tratamiento prevención comida ropa
embarazo padres madres estudiantes beca clases inglés ciudadanía deportación detención corte desalojo
inquilinos salario explotación laboral derechos intérprete traducción dinero energía agua teléfono trata`.split(/\s+/);
const FILL_EN = 'and for with the of to in our free local confidential help people who need'.split(' ');
const FILL_ES = 'y para con el la de los las en nuestro gratis local confidencial personas que necesitan'.split(' ');
const ORG = 'Alliance Coalition Project Foundation Society Council Partners Institute Collective Services'.split(' ');
const PLACE = 'Riverside Lakeview Metro County City Valley Northside Harbor Summit Central Eastside Westfield'.split(' ');
const CATS = ['housing', 'legal', 'immigration', 'health', 'mental-health', 'food', 'employment', 'education',
  'youth', 'trafficking', 'domestic-violence', 'crisis', 'financial', 'transportation', 'childcare',
  'disability', 'seniors', 'veterans', 'substance-use', 'reentry'];
const AUD = ['families', 'youth', 'immigrants', 'survivors', 'seniors', 'veterans', 'lgbtq', 'disabled'];
const TYPES = ['hotline', 'organization', 'government', 'legal-aid', 'clinic'];
const LANGS = ['es', 'vi', 'zh', 'ko', 'tl', 'ar', 'ru', 'fr', 'ht', 'pt', 'so', 'am', 'hmn', 'km', 'ne', 'fa',
  'uk', 'pl', 'ja', 'hi', 'ur', 'ase'];
const COST = ['free', 'sliding-scale', 'fee'];
const AVAIL = ['24-7', 'weekdays', 'evenings', 'weekends'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const label = (id) => ({ en: cap(id.replace(/-/g, ' ')), es: cap(id.replace(/-/g, ' ')) + ' (es)' });

export function makeBundle(n, seed = 42) {
  const r = prng(seed + n);
  const int = (k) => Math.floor(r() * k);
  // Skewed pick: low indexes are much more common (realistic long tail).
  const skew = (arr) => arr[Math.floor(arr.length * r() * r())];
  const some = (arr, min, max) => [...new Set(Array.from({ length: min + int(max - min + 1) }, () => skew(arr)))];
  const phrase = (vocab, fill, len) =>
    Array.from({ length: len }, (_, i) => (i % 3 === 1 ? fill[int(fill.length)] : vocab[int(vocab.length)])).join(' ');
  const resources = [];
  for (let i = 0; i < n; i++) {
    const nameEn = Array.from({ length: 2 + int(3) }, () => cap(EN[int(EN.length)])).join(' ');
    const nameEs = Array.from({ length: 2 + int(3) }, () => cap(ES[int(ES.length)])).join(' ');
    const translated = r() < 0.7;
    const phones = Array.from({ length: int(3) }, () => ({ number: `1-800-555-${String(int(10000)).padStart(4, '0')}`, type: ['voice', 'voice', 'text', 'textphone', 'cell'][int(5)] }));
    const res = {
      id: `res-${i}`,
      name: translated ? { en: nameEn, es: nameEs } : nameEn,
      description: translated
        ? { en: phrase(EN, FILL_EN, 12 + int(20)) + '.', es: phrase(ES, FILL_ES, 12 + int(20)) + '.' }
        : { en: phrase(EN, FILL_EN, 12 + int(20)) + '.' },
      organization: { name: `${PLACE[int(PLACE.length)]} ${cap(EN[int(EN.length)])} ${ORG[int(ORG.length)]}` },
      url: `https://example.org/r/${i}`,
      categories: some(CATS, 1, 3),
      audiences: r() < 0.6 ? some(AUD, 1, 2) : undefined,
      resource_type: TYPES[int(TYPES.length)],
      languages: ['en', ...(r() < 0.5 ? some(LANGS, 1, 4) : [])],
      phones,
      cost: COST[int(3)],
      availability: some(AVAIL, 1, 2),
      keywords: r() < 0.3 ? { en: [EN[int(EN.length)]], es: [ES[int(ES.length)]] } : undefined,
    };
    if (r() < 0.3) res.email = `info${i}@example.org`;
    if (r() < 0.8) res.link_check = { status: 'verified', checked: `202${3 + int(3)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}` };
    if (i < 2) res.pinned = true;
    resources.push(res);
  }
  const facet = (id, values) => ({ id, label: label(id), ...(values ? { values: values.map((v) => ({ id: v, label: label(v) })) } : {}) });
  return {
    format_version: 1,
    meta: { title: 'Bench', default_locale: 'en', locales: ['en', 'es'], updated: '2025-06-01' },
    facets: [facet('categories', CATS), facet('audiences', AUD), { ...facet('type', TYPES), field: 'resource_type' }, facet('languages'),
      facet('channels', ['call', 'text', 'tty', 'email', 'web', 'chat', 'in-person']), facet('cost', COST), facet('availability', AVAIL)],
    synonyms: {
      en: [['shelter', 'housing'], ['t visa', 'trafficking visa'], ['job', 'employment', 'work']],
      es: [['vivienda', 'alojamiento'], ['empleo', 'trabajo']],
    },
    resources,
  };
}
