// The generated statewide directory for `npm run bench:api`: seeded, so every run has the same data.
// Deterministic pseudo-random numbers (mulberry32).
let seed = 17;
export const rand = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pickOne = (a) => a[Math.floor(rand() * a.length)];
const pickSome = (a, n) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * n) }, () => pickOne(a)))];

const COUNTIES = ['Alachua', 'Bay', 'Brevard', 'Broward', 'Collier', 'Duval', 'Escambia', 'Hillsborough', 'Lee', 'Leon', 'Manatee', 'Marion', 'Miami-Dade', 'Orange', 'Osceola', 'Palm Beach', 'Pasco', 'Pinellas', 'Polk', 'Sarasota', 'Seminole', 'St. Lucie', 'Volusia'];
const KINDS = {
  food: { es: 'Alimentos', names: ['Food Pantry', 'Community Kitchen', 'Meal Program', 'Food Bank', 'Senior Meals', 'Mobile Food Market'], words: 'groceries hunger meals nutrition SNAP WIC' },
  housing: { es: 'Vivienda', names: ['Emergency Shelter', 'Rental Assistance', 'Housing Counseling', 'Transitional Housing', 'Homeless Outreach'], words: 'rent eviction shelter homelessness deposit landlord' },
  health: { es: 'Salud', names: ['Free Clinic', 'Dental Care', 'Community Health Center', 'Vision Program', 'Prescription Assistance'], words: 'doctor medical clinic uninsured checkup vaccines' },
  mental: { es: 'Salud mental', names: ['Counseling Center', 'Crisis Line', 'Support Group', 'Behavioral Health Services', 'Peer Recovery'], words: 'therapy counseling depression anxiety crisis suicide' },
  substance: { es: 'Adicciones', names: ['Detox Program', 'Recovery Center', 'Addiction Treatment', 'Sober Living'], words: 'alcohol drugs opioid recovery treatment detox' },
  legal: { es: 'Legal', names: ['Legal Aid', 'Immigration Legal Services', 'Tenant Law Clinic', 'Expungement Clinic'], words: 'lawyer attorney court immigration eviction rights' },
  jobs: { es: 'Empleo', names: ['Job Training', 'Career Center', 'Employment Services', 'Resume Workshop', 'GED Classes'], words: 'employment jobs resume training career education' },
  utilities: { es: 'Servicios públicos', names: ['Utility Bill Assistance', 'Energy Assistance', 'Water Bill Help', 'Weatherization Program'], words: 'electric bill power water LIHEAP energy' },
  children: { es: 'Niños', names: ['Childcare Assistance', 'Head Start', 'After School Program', 'Parenting Classes', 'Diaper Bank'], words: 'childcare kids daycare parenting infants school' },
  transport: { es: 'Transporte', names: ['Medical Transportation', 'Bus Pass Program', 'Ride Assistance'], words: 'bus rides transportation appointments travel' },
  violence: { es: 'Violencia', names: ['Domestic Violence Shelter', 'Victim Advocacy', 'Sexual Assault Services', 'Safety Planning'], words: 'abuse domestic violence survivors safety advocate' },
};
const ORGS = ['United Way', 'Catholic Charities', 'Salvation Army', 'Goodwill', 'Community Action Agency', 'Health Department', 'Legal Services', 'YMCA', 'Family Services', 'Urban League', 'Council on Aging', 'Habitat for Humanity'];
const AUDIENCES = ['adults', 'youth', 'seniors', 'families', 'veterans', 'immigrants', 'women', 'people-with-disabilities'];
const LANGS = ['en', 'es', 'ht', 'vi', 'pt', 'fr'];
const DAYS = ['MO,TU,WE,TH,FR', 'MO,WE,FR', 'TU,TH', 'MO,TU,WE,TH,FR,SA', 'SA,SU'];

/** A bundle of `n` generated services with categories, audiences, languages, locations and weekly hours, in English and Spanish. */
export function generate(n) {
  const kinds = Object.keys(KINDS);
  const resources = [];
  for (let i = 0; i < n; i++) {
    const kind = pickOne(kinds);
    const k = KINDS[kind];
    const county = pickOne(COUNTIES);
    const org = `${county} ${pickOne(ORGS)}`;
    const name = `${county} ${pickOne(k.names)}`;
    const w = k.words.split(' ');
    const lat = 25.2 + rand() * 5.6, lon = -87.4 + rand() * 7.3;
    const open = 7 + Math.floor(rand() * 4), close = open + 6 + Math.floor(rand() * 5);
    resources.push({
      id: `svc-${i}`,
      name: { en: name, es: `${k.es}: ${name}` },
      description: {
        en: `${org} offers ${pickOne(k.names).toLowerCase()} for ${pickOne(AUDIENCES).replace(/-/g, ' ')} in ${county} County: ${pickSome(w, 4).join(', ')}. Call or visit to ask about ${pickOne(w)}.`,
        es: `${org} ofrece servicios de ${k.es.toLowerCase()} en el condado de ${county}.`,
      },
      organization: { name: org },
      categories: [kind, ...(rand() < 0.2 ? [pickOne(kinds)] : [])].filter((v, j, a) => a.indexOf(v) === j),
      audiences: pickSome(AUDIENCES, 3),
      languages: ['en', ...pickSome(LANGS, 2)].filter((v, j, a) => a.indexOf(v) === j),
      cost: rand() < 0.7 ? 'free' : 'fee',
      availability: rand() < 0.05 ? ['24-7'] : ['scheduled'],
      // location_type and the schedule's description: the bundle format requires them, and the element (api=) checks answers with it.
      locations: [{ location_type: 'physical', latitude: +lat.toFixed(5), longitude: +lon.toFixed(5), timezone: 'America/New_York', schedules: [{ freq: 'WEEKLY', byday: pickOne(DAYS), opens_at: `${String(open).padStart(2, '0')}:00`, closes_at: `${String(Math.min(close, 23)).padStart(2, '0')}:00`, description: 'Weekly hours' }] }],
    });
  }
  const label = (id) => ({ en: id.replace(/-/g, ' '), es: id.replace(/-/g, ' ') });
  return {
    format_version: 1,
    meta: { title: 'Generated statewide directory', default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-30', timezone: 'America/New_York' },
    facets: [
      { id: 'category', field: 'categories', label: { en: 'Category', es: 'Categoría' }, values: kinds.map((id) => ({ id, label: { en: id, es: KINDS[id].es } })) },
      { id: 'audience', field: 'audiences', label: { en: 'For', es: 'Para' }, values: AUDIENCES.map((id) => ({ id, label: label(id) })) },
      { id: 'language', field: 'languages', label: { en: 'Language', es: 'Idioma' } },
      { id: 'cost', field: 'cost', label: { en: 'Cost', es: 'Costo' }, values: [{ id: 'free', label: { en: 'Free', es: 'Gratis' } }, { id: 'fee', label: { en: 'Fee', es: 'Con costo' } }] },
      { id: 'availability', field: 'availability', label: { en: 'Hours', es: 'Horario' }, values: [{ id: '24-7', label: '24/7' }, { id: 'scheduled', label: { en: 'Scheduled', es: 'Con horario' } }] },
    ],
    synonyms: { en: [['food', 'groceries', 'meals'], ['lawyer', 'attorney', 'legal aid'], ['rent', 'housing']], es: [['comida', 'alimentos']] },
    resources,
  };
}

