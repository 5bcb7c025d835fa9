// A small en+es bundle for engine tests: each resource exists to exercise one behaviour.
import type { Bundle, Resource } from '../../src/core/types.js';

export const FIXTURE: Bundle = {
  format_version: 1,
  meta: { title: 'Test', default_locale: 'en', locales: ['en', 'es'], updated: '2025-06-01' },
  facets: [
    {
      id: 'categories',
      label: { en: 'Topic', es: 'Tema' },
      values: [
        { id: 'housing', label: { en: 'Housing', es: 'Vivienda' } },
        { id: 'legal', label: { en: 'Legal', es: 'Legal' } },
        { id: 'trafficking', label: { en: 'Trafficking', es: 'Trata' } },
        { id: 'education', label: { en: 'Education', es: 'Educación' } },
        { id: 'employment', label: { en: 'Jobs', es: 'Empleo' } },
        { id: 'health', label: { en: 'Health', es: 'Salud' } },
        { id: 'crisis', label: { en: 'Crisis', es: 'Crisis' } },
      ],
    },
    {
      id: 'audiences',
      label: { en: 'For', es: 'Para' },
      values: [
        { id: 'families', label: { en: 'Families', es: 'Familias' } },
        { id: 'youth', label: { en: 'Youth', es: 'Jóvenes' } },
        { id: 'immigrants', label: { en: 'Immigrants', es: 'Inmigrantes' } },
      ],
    },
    { id: 'languages', label: { en: 'Language', es: 'Idioma' } },
    {
      id: 'channels',
      label: { en: 'Contact by', es: 'Contacto' },
      values: [
        { id: 'call', label: { en: 'Call', es: 'Llamar' } },
        { id: 'text', label: { en: 'Text', es: 'Mensaje' } },
        { id: 'tty', label: 'TTY' },
        { id: 'email', label: { en: 'Email', es: 'Correo' } },
        { id: 'web', label: 'Web' },
        { id: 'in-person', label: { en: 'In person', es: 'En persona' } },
      ],
    },
  ],
  synonyms: {
    en: [['shelter', 'housing'], ['t visa', 'trafficking visa']],
    es: [['alojamiento', 'vivienda']],
  },
  resources: [
    {
      id: 'housing-help',
      name: { en: 'Emergency Housing Help', es: 'Ayuda de vivienda de emergencia' },
      description: { en: 'Beds and rental assistance for families.', es: 'Camas y ayuda con el alquiler para familias.' },
      organization: { name: 'City Housing Authority' },
      categories: ['housing'], audiences: ['families'], languages: ['en', 'es'],
      phones: [{ number: '555-0100', type: 'voice' }], url: 'https://example.org/h',
      link_check: { status: 'verified', checked: '2025-03' },
    },
    {
      id: 'trafficking-hotline',
      name: { en: 'National Human Trafficking Hotline', es: 'Línea Nacional contra la Trata de Personas' },
      description: { en: 'Confidential help for survivors, 24/7. TTY available.', es: 'Ayuda confidencial para sobrevivientes. TTY disponible.' },
      organization: { name: { en: 'Polaris Project', es: 'Proyecto Polaris' } },
      keywords: { en: ['T visa', 'labor exploitation'], es: ['visa T', 'explotación laboral'] },
      categories: ['trafficking'], audiences: ['immigrants'], languages: ['en', 'es', 'vi'],
      phones: [{ number: '555-0101', type: 'voice' }, { number: '233733', type: 'text' }, { number: '711', type: 'textphone' }],
      link_check: { status: 'verified', checked: '2025-05-02' },
    },
    {
      id: 'immigration-legal',
      name: { en: 'Immigration Legal Services', es: 'Servicios legales de inmigración' },
      description: { en: 'Free legal help with trafficking visa applications.', es: 'Ayuda legal gratuita con solicitudes de visa.' },
      organization: { name: 'Legal Aid Society' },
      categories: ['legal'], audiences: ['immigrants'], languages: ['en', 'es', 'vi'],
      email: 'help@example.org',
      link_check: { status: 'verified', checked: '2024-11-15' },
    },
    {
      id: 'youth-shelter',
      name: { en: 'Youth Shelter Network', es: 'Red de albergues juveniles' },
      description: { en: 'Safe beds and screening for young people.', es: 'Camas seguras para jóvenes.' },
      categories: ['housing'], audiences: ['youth'], languages: ['en'], channels: ['in-person'],
    },
    {
      id: 'screening-clinic',
      name: 'Health Screening Clinic',
      description: { en: 'Free screening for adults.' },
      categories: ['health'], languages: ['en'],
    },
    {
      id: 'education-kids',
      name: { en: 'Education for Children', es: 'Educación para niños' },
      description: { en: 'Learning programs for children and teens.', es: 'Programas de educación para niños y jóvenes.' },
      categories: ['education'], audiences: ['families', 'youth'], languages: ['es'],
      link_check: { status: 'verified', checked: '2025-01-20' },
    },
    {
      id: 'job-training',
      name: { en: 'Job Training Center', es: 'Centro de capacitación laboral' },
      description: { en: 'Employment training and job placement.', es: 'Capacitación y empleo.' },
      categories: ['employment'], languages: ['en'],
    },
    {
      id: 'garden-hosing',
      name: 'Garden Hosing Supply',
      description: 'Irrigation parts.',
      categories: ['employment'], languages: ['en'],
    },
    {
      id: 'crisis-line',
      name: { en: '988 Crisis Lifeline', es: '988 Línea de crisis' },
      description: { en: 'Call or text 988 for housing crisis support.', es: 'Llame o envíe un mensaje al 988.' },
      categories: ['crisis'], pinned: true,
      phones: [{ number: '988', type: 'voice' }],
    },
  ],
};

/** A generated bundle of `n` resources (deterministic), for the non-blocking path. */
export function bigBundle(n: number): Bundle {
  const words = ['housing', 'legal', 'youth', 'shelter', 'screening', 'training', 'employment', 'food', 'clinic', 'network'];
  const resources: Resource[] = [];
  for (let i = 0; i < n; i++) {
    const w = (k: number) => words[(i * 7 + k * 3) % words.length];
    resources.push({
      id: `r${i}`,
      name: `${w(0)} ${w(1)} center ${i}`,
      description: `${w(2)} and ${w(3)} services number ${i}`,
      categories: [['housing', 'legal', 'health'][i % 3]],
      languages: i % 2 ? ['en'] : ['en', 'es'],
    });
  }
  return { ...FIXTURE, resources };
}
