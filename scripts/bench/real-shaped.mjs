// A "real-shaped" synthetic directory for the load bench: what a regional 211-style export looks
// like, rather than the short records of gen.mjs. Each service has a street address, opening hours,
// eligibility / fees / how-to-apply text, service areas, 1–3 phones, and 1–5 categories from a big
// two-level taxonomy (~360 values, AIRS-like codes with English and Spanish labels). Text lengths
// follow such exports: names 30–80 characters, descriptions 30–80 words, the other notes 12–40 words.
// Deterministic (seeded). Owns only test data; it must pass the bundle schema (checked by the bench).
import { prng } from './gen.mjs';

const TOPICS = [
  ['BD', 'Basic needs', 'Necesidades básicas', ['Food pantries', 'Despensas de alimentos'], ['Home-delivered meals', 'Comidas a domicilio'], ['Clothing', 'Ropa'], ['Diapers and baby supplies', 'Pañales y artículos para bebés'], ['Furniture', 'Muebles'], ['Personal care items', 'Artículos de cuidado personal']],
  ['BH', 'Housing', 'Vivienda', ['Emergency shelter', 'Albergue de emergencia'], ['Rent assistance', 'Ayuda con el alquiler'], ['Eviction prevention', 'Prevención de desalojos'], ['Transitional housing', 'Vivienda de transición'], ['Utility assistance', 'Ayuda con servicios públicos'], ['Home repair', 'Reparación de viviendas'], ['Youth housing', 'Vivienda para jóvenes']],
  ['FT', 'Legal services', 'Servicios legales', ['Immigration legal services', 'Servicios legales de inmigración'], ['Tenant rights', 'Derechos de inquilinos'], ['Family law', 'Derecho de familia'], ['Expungement', 'Borrado de antecedentes'], ['Wage claims', 'Reclamos salariales'], ['Victim advocacy', 'Defensa de víctimas']],
  ['LF', 'Health care', 'Atención médica', ['Community clinics', 'Clínicas comunitarias'], ['Dental care', 'Atención dental'], ['Prenatal care', 'Atención prenatal'], ['Vision care', 'Atención de la vista'], ['Prescription assistance', 'Ayuda con recetas'], ['Health insurance enrollment', 'Inscripción en seguro médico']],
  ['RP', 'Mental health and substance use', 'Salud mental y consumo de sustancias', ['Crisis counseling', 'Consejería en crisis'], ['Outpatient counseling', 'Consejería ambulatoria'], ['Support groups', 'Grupos de apoyo'], ['Detoxification', 'Desintoxicación'], ['Peer recovery support', 'Apoyo de recuperación entre pares']],
  ['ND', 'Employment', 'Empleo', ['Job search help', 'Ayuda para buscar empleo'], ['Job training', 'Capacitación laboral'], ['Apprenticeships', 'Aprendizajes'], ['Résumé help', 'Ayuda con el currículum'], ['Workers’ rights', 'Derechos laborales']],
  ['HD', 'Education', 'Educación', ['Adult basic education', 'Educación básica para adultos'], ['English classes', 'Clases de inglés'], ['GED preparation', 'Preparación para el GED'], ['Tutoring', 'Tutoría'], ['Early childhood education', 'Educación de la primera infancia']],
  ['PH', 'Individual and family life', 'Vida individual y familiar', ['Parenting classes', 'Clases para padres'], ['Child care', 'Cuidado infantil'], ['Youth mentoring', 'Mentoría juvenil'], ['Senior centers', 'Centros para adultos mayores'], ['Caregiver support', 'Apoyo a cuidadores']],
  ['TH', 'Safety and crisis', 'Seguridad y crisis', ['Domestic violence services', 'Servicios contra la violencia doméstica'], ['Human trafficking services', 'Servicios contra la trata de personas'], ['Sexual assault services', 'Servicios contra la agresión sexual'], ['Safety planning', 'Planificación de seguridad'], ['Hotlines', 'Líneas directas']],
  ['NL', 'Income and benefits', 'Ingresos y beneficios', ['SNAP enrollment', 'Inscripción en SNAP'], ['WIC', 'WIC'], ['Tax preparation', 'Preparación de impuestos'], ['Financial coaching', 'Asesoría financiera'], ['Veterans benefits', 'Beneficios para veteranos']],
  ['BT', 'Transportation', 'Transporte', ['Medical transportation', 'Transporte médico'], ['Bus passes', 'Pases de autobús'], ['Car repair assistance', 'Ayuda con reparación de autos']],
  ['YF', 'Disability services', 'Servicios para personas con discapacidad', ['Independent living', 'Vida independiente'], ['Assistive technology', 'Tecnología de asistencia'], ['Interpreter services', 'Servicios de intérprete']],
];
const QUALIFIERS = [
  ['for families', 'para familias'], ['for youth', 'para jóvenes'], ['for seniors', 'para adultos mayores'], ['for veterans', 'para veteranos'],
  ['for immigrants', 'para inmigrantes'], ['for survivors', 'para sobrevivientes'], ['in Spanish', 'en español'], ['walk-in', 'sin cita'],
];

/** ~360 leaf categories: each topic's subjects, each with several qualifiers (codes like BH-1800.8500-185). */
function taxonomy() {
  const values = [];
  TOPICS.forEach(([code, en, es, ...subjects], t) => {
    values.push({ id: code.toLowerCase(), label: { en, es } });
    subjects.forEach(([sen, ses], s) => {
      const base = `${code}-${1000 + 100 * s}`;
      values.push({ id: base.toLowerCase(), label: { en: `${en}: ${sen}`, es: `${es}: ${ses}` } });
      QUALIFIERS.forEach(([qen, qes], q) => {
        if ((t + s + q) % 3 === 0) return; // not every subject has every qualifier
        values.push({ id: `${base}.${8000 + 100 * q}`.toLowerCase().replace('.', '-'), label: { en: `${sen} ${qen}`, es: `${ses} ${qes}` } });
      });
    });
  });
  return values;
}

const VERBS = ['provides', 'offers', 'helps with', 'connects people to', 'runs', 'coordinates'];
const EN_WORDS = `free confidential help for people and families who need housing food legal advice counseling case
management job training childcare transportation health care benefits enrollment referrals emergency assistance rent
utilities shelter support groups advocacy interpretation immigration screening services survivors youth seniors
veterans walk-in appointments phone online in person bilingual staff trained volunteers community partners county
residents eligible households low income documents required bring photo identification proof of address income
verification waiting list intake assessment follow-up`.split(/\s+/);
const ES_WORDS = `ayuda gratuita y confidencial para personas y familias que necesitan vivienda alimentos asesoría legal
consejería manejo de casos capacitación laboral cuidado infantil transporte atención médica inscripción en beneficios
referencias asistencia de emergencia alquiler servicios públicos albergue grupos de apoyo defensa interpretación
inmigración detección sobrevivientes jóvenes adultos mayores veteranos sin cita por teléfono en línea en persona
personal bilingüe voluntarios capacitados socios comunitarios residentes del condado hogares elegibles bajos ingresos
documentos requeridos identificación con foto comprobante de domicilio lista de espera evaluación seguimiento`.split(/\s+/);
const ORG_A = ['Riverside', 'Lakeview', 'Metro', 'Harbor', 'Summit', 'Northside', 'Eastside', 'Westfield', 'Central Valley', 'Pine County', 'Bay Area', 'Tri-County'];
const ORG_B = ['Community Action Agency', 'Legal Aid Society', 'Family Services', 'Health Center', 'Housing Authority', 'Catholic Charities', 'YMCA', 'Food Bank', 'Workforce Board', 'Immigrant Rights Coalition', 'Women’s Center', 'Youth Network'];
const STREETS = ['Main St', 'Oak Avenue', 'Martin Luther King Jr Blvd', 'Broadway', 'Cesar Chavez Ave', 'Elm Street', 'Washington Blvd', 'Lincoln Way', '5th Street', 'Harbor Drive'];
const CITIES = [['Riverside', 'CA', '925'], ['Lakeview', 'OR', '976'], ['Harbor City', 'WA', '983'], ['Summit', 'NJ', '079'], ['Springfield', 'IL', '627'], ['Fairview', 'TX', '750']];
const HOURS = [
  ['Monday to Friday, 8:30 am to 5:00 pm; closed on public holidays.', 'De lunes a viernes, de 8:30 a. m. a 5:00 p. m.; cerrado los días festivos.'],
  ['Open 24 hours a day, 7 days a week, including holidays.', 'Abierto las 24 horas, los 7 días de la semana, incluidos los días festivos.'],
  ['Tuesday and Thursday 10 am to 7 pm; Saturday 9 am to 1 pm (walk-in until noon).', 'Martes y jueves de 10 a. m. a 7 p. m.; sábado de 9 a. m. a 1 p. m. (sin cita hasta el mediodía).'],
  ['Second and fourth Wednesday of each month, 1 pm to 4 pm, by appointment.', 'Segundo y cuarto miércoles de cada mes, de 1 p. m. a 4 p. m., con cita previa.'],
  ['Weekdays 9 am to 6 pm; phone line until 8 pm; summer hours vary.', 'Días laborables de 9 a. m. a 6 p. m.; línea telefónica hasta las 8 p. m.; el horario de verano varía.'],
];
const AUDIENCES = ['families', 'youth', 'adults', 'seniors', 'veterans', 'immigrants', 'survivors', 'people-with-disabilities', 'lgbtq', 'pregnant-people', 'students', 'unhoused', 'farmworkers', 'reentry', 'caregivers', 'low-income', 'tribal-members', 'refugees', 'parents', 'children'];
const TYPES = ['organization', 'government', 'clinic', 'legal-aid', 'hotline', 'school', 'faith-based', 'mutual-aid'];
const LANGS = ['es', 'vi', 'zh', 'ko', 'tl', 'ar', 'ru', 'fr', 'ht', 'pt', 'so', 'am', 'fa', 'uk', 'hi', 'ase'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const label = (id) => ({ en: cap(id.replace(/-/g, ' ')), es: `${cap(id.replace(/-/g, ' '))} (es)` });

/** A deterministic bundle of `n` services shaped like a regional directory export. */
export function makeRealShapedBundle(n, seed = 11) {
  const r = prng(seed * 7919 + n);
  const int = (k) => Math.floor(r() * k);
  const pick = (a) => a[int(a.length)];
  const skew = (a) => a[Math.floor(a.length * r() * r())];
  const some = (a, min, max) => [...new Set(Array.from({ length: min + int(max - min + 1) }, () => skew(a)))];
  const words = (vocab, min, max) => {
    const w = Array.from({ length: min + int(max - min + 1) }, () => pick(vocab));
    return `${cap(w.join(' '))}.`;
  };
  const paragraph = (vocab, min, max) => {
    // Sentences of 8–18 words until the length is reached.
    let left = min + int(max - min + 1);
    const out = [];
    while (left > 0) { const k = Math.min(left, 8 + int(11)); out.push(words(vocab, k, k)); left -= k; }
    return out.join(' ');
  };
  const categories = taxonomy();
  const leafIds = categories.map((c) => c.id);
  const resources = [];
  for (let i = 0; i < n; i++) {
    const cats = some(leafIds, 1, 5);
    const catName = categories.find((c) => c.id === cats[0]).label;
    const org = `${pick(ORG_A)} ${pick(ORG_B)}`;
    const bilingual = r() < 0.45;
    const [city, state, zip] = pick(CITIES);
    const hours = pick(HOURS);
    const en = (a, b, c) => paragraph(EN_WORDS, a, b) + (c ? ` ${c}` : '');
    const text = (min, max) => (bilingual ? { en: en(min, max), es: paragraph(ES_WORDS, min, max) } : en(min, max));
    const res = {
      id: `svc-${i}`,
      name: bilingual
        ? { en: `${catName.en.replace(/^.*: /, '')} — ${org}`, es: `${catName.es.replace(/^.*: /, '')} — ${org}` }
        : `${catName.en.replace(/^.*: /, '')} — ${org}`,
      description: bilingual
        ? { en: `${org} ${pick(VERBS)} ${catName.en.toLowerCase()}. ${paragraph(EN_WORDS, 30, 80)}`, es: `${org}: ${catName.es.toLowerCase()}. ${paragraph(ES_WORDS, 30, 80)}` }
        : `${org} ${pick(VERBS)} ${catName.en.toLowerCase()}. ${paragraph(EN_WORDS, 30, 80)}`,
      organization: { name: org, url: `https://example.org/org/${i % 900}` },
      url: `https://example.org/services/${i}`,
      phones: Array.from({ length: 1 + int(3) }, (_, k) => ({ number: `(${500 + int(400)}) 555-${String(int(10000)).padStart(4, '0')}`, type: k === 0 ? 'voice' : pick(['voice', 'text', 'fax', 'textphone']) })),
      address: { address_1: `${100 + int(9800)} ${pick(STREETS)}`, ...(r() < 0.4 ? { address_2: `Suite ${100 + int(400)}` } : {}), city, state_province: state, postal_code: `${zip}${String(int(100)).padStart(2, '0')}`, country: 'US', ...(r() < 0.08 ? { confidential: true } : {}) },
      schedules: [{ description: bilingual ? { en: hours[0], es: hours[1] } : hours[0] }],
      eligibility_description: text(12, 35),
      fees_description: r() < 0.6 ? (bilingual ? { en: 'Free. No insurance needed.', es: 'Gratis. No se necesita seguro.' } : 'Free. No insurance needed.') : text(10, 25),
      application_process: text(15, 40),
      service_areas: some(['Riverside County', 'Lake County', 'Harbor County', 'Summit County', 'Statewide', 'City of Springfield', 'Fairview ISD'], 1, 3).map((name) => ({ name })),
      categories: cats,
      audiences: some(AUDIENCES, 1, 4),
      resource_type: skew(TYPES),
      languages: ['en', ...(bilingual ? ['es'] : []), ...(r() < 0.3 ? some(LANGS, 1, 3).filter((l) => l !== 'es') : [])],
      cost: pick(['free', 'free', 'sliding-scale', 'fee']),
      availability: some(['weekdays', 'evenings', 'weekends', '24-7', 'by-appointment'], 1, 2),
      keywords: r() < 0.4 ? some(EN_WORDS, 1, 4) : undefined,
      link_check: { status: 'verified', checked: `2026-${String(1 + int(11)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}` },
    };
    if (r() < 0.5) res.email = `intake${i}@example.org`;
    if (i < 2) res.pinned = true;
    resources.push(res);
  }
  const facet = (id, values, field) => ({ id, ...(field ? { field } : {}), label: label(id), ...(values ? { values: values.map((v) => (typeof v === 'string' ? { id: v, label: label(v) } : v)) } : {}) });
  return {
    format_version: 1,
    meta: { title: { en: 'Regional services (bench)', es: 'Servicios regionales (bench)' }, default_locale: 'en', locales: ['en', 'es'], updated: '2026-11-01' },
    facets: [
      facet('category', categories, 'categories'), facet('audience', AUDIENCES, 'audiences'), facet('type', TYPES, 'resource_type'),
      facet('languages'), facet('cost', ['free', 'sliding-scale', 'fee']), facet('availability', ['weekdays', 'evenings', 'weekends', '24-7', 'by-appointment']),
    ],
    synonyms: { en: [['shelter', 'housing'], ['job', 'employment', 'work'], ['lawyer', 'legal']], es: [['vivienda', 'alojamiento'], ['empleo', 'trabajo']] },
    resources,
  };
}
