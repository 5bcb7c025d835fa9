/**
 * The emergency help the widget shows before, and without, any data: 911 and the National Human
 * Trafficking Hotline, in English and Spanish.
 * Owns: these two entries and their numbers. Does not own: markup (they are ordinary pinned
 * resources, rendered by the same card view as the bundle's), nor deciding when to show them.
 *
 * Every number and link here comes from the project's reference list
 * (../shared/reference/ccci-resources.md, copied as test/fixtures/ccci-reference.json);
 * test/core/builtin-help.test.ts checks them against that copy. Never edit a number here alone.
 */
import type { Bundle, Resource } from './types.js';
import { normalizeBundle } from './normalize.js';
import { resourceView, type ResourceView } from './resource-view.js';

/** The locales every built-in text is written in. */
export const BUILTIN_HELP_LOCALES = ['en', 'es'] as const;

/**
 * Built-in emergency help, in display order. The ids are those of the shipped bundle's pinned
 * entries, so a host can tell that the bundle's own help has replaced these.
 */
export const BUILTIN_HELP: readonly Resource[] = Object.freeze([
  {
    // Reference: "Safety-critical numbers" list, "In an emergency: 911."
    id: 'emergency-911',
    name: { en: 'In immediate danger, call 911', es: 'Si corre peligro inmediato, llame al 911' },
    description: {
      en: 'If you or someone else is in immediate danger, call 911 for police, fire or medical emergency help.',
      es: 'Si usted u otra persona corre peligro inmediato, llame al 911 para pedir ayuda de emergencia a la policía, los bomberos o los servicios médicos.',
    },
    resource_type: 'hotline',
    phones: [{ number: '911', type: 'voice' }],
    channels: ['call'],
    availability: ['24-7'],
    cost: 'free',
    pinned: true,
  },
  {
    // Reference entry 33, "National Human Trafficking Hotline" (mark VERIFIED): call, text and TTY
    // exactly as its "contact" field publishes them; url from its "url" field.
    id: 'national-human-trafficking-hotline',
    name: { en: 'National Human Trafficking Hotline', es: 'Línea Nacional contra la Trata de Personas' },
    description: {
      en: 'Free, confidential help 24 hours a day, every day, in English, Spanish and 200+ other languages through interpreters. It is not a government, law-enforcement or immigration agency.',
      es: 'Ayuda gratuita y confidencial las 24 horas, todos los días, en inglés, español y más de 200 idiomas con intérpretes. No es una agencia del gobierno, de las fuerzas del orden ni de inmigración.',
    },
    url: 'https://humantraffickinghotline.org/',
    link_check: { status: 'verified', checked: '2026-11' },
    resource_type: 'hotline',
    languages: ['en', 'es'],
    phones: [
      {
        number: '1-888-373-7888',
        type: 'voice',
        languages: ['en', 'es'],
        description: { en: 'Call 24/7. Interpreters for 200+ languages.', es: 'Llame las 24 horas. Intérpretes en más de 200 idiomas.' },
      },
      {
        number: '233733',
        type: 'text',
        languages: ['en', 'es'],
        description: { en: 'Text "HELP" or "INFO"', es: 'Envíe "HELP" o "INFO" por mensaje de texto' },
      },
      {
        number: '711',
        type: 'textphone',
        description: {
          en: 'TTY: dial 711 (Telecommunications Relay Service) and ask for 1-888-373-7888',
          es: 'TTY: marque 711 (servicio de retransmisión de telecomunicaciones) y pida el 1-888-373-7888',
        },
      },
    ],
    channels: ['call', 'text', 'tty', 'web'],
    availability: ['24-7'],
    cost: 'free',
    pinned: true,
  },
] satisfies Resource[]);

/**
 * A minimal bundle holding only the built-in help, so the card view can resolve its texts
 * (English is the fallback) while no real bundle is loaded.
 */
export const BUILTIN_HELP_BUNDLE: Bundle = Object.freeze({
  format_version: 1,
  meta: { title: { en: 'Emergency help', es: 'Ayuda de emergencia' }, default_locale: 'en', locales: [...BUILTIN_HELP_LOCALES], updated: '2026-11-30' },
  // Labels before ids: test/docs/l10n.test.mjs reads any "{ id: '…'" in src/ as a UI message id.
  facets: [{ label: { en: 'Type of resource', es: 'Tipo de recurso' }, id: 'type', field: 'resource_type', values: [{ label: { en: 'Hotline', es: 'Línea de ayuda' }, id: 'hotline' }] }],
  resources: [...BUILTIN_HELP],
} satisfies Bundle);

const normalized = normalizeBundle(BUILTIN_HELP_BUNDLE);

/** The built-in help as card views in `locale` (falls back to English for other locales). */
export function builtinHelpViews(locale: string): ResourceView[] {
  return BUILTIN_HELP.map((r) => resourceView(r, normalized, locale));
}
