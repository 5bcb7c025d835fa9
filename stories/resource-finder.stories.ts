import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import shipped from 'virtual:rf-shipped-bundle';
import type { Translations } from '../src/i18n/localization.js';
import type { ResourceFinder } from '../src/resource-finder.js';
import { testData } from './fake-network.js';

/**
 * Stories for <resource-finder>. The element is registered by .storybook/preview.ts, which also
 * feeds custom-elements.json to the docs tables and cancels `rf-exit` so "Exit this page" (and
 * Shift x3) never navigates the preview away: the Actions panel shows where it would have gone.
 *
 * Arg names are the attribute names (`page-size`, `no-exit`, ...) so the controls line up with the
 * attribute rows of the docs table. Slot args (`intro`, `footer`, `help`, `empty`, `heading (slot)`)
 * render a paragraph in that slot when not empty.
 */

type Handler = (event: Event) => void;

type Args = {
  src: string;
  bundle: unknown;
  lang: string;
  'page-size': number;
  heading: string;
  'heading-level': number;
  layout: 'full' | 'compact';
  theme: 'light' | 'dark' | 'auto';
  facets: string;
  filters: string;
  'no-exit': boolean;
  'exit-url': string;
  'share-links': boolean;
  translations?: Translations;
  /** Inline style on the element: CSS custom properties such as `--rf-accent`. */
  style: string;
  'heading (slot)': string;
  intro: string;
  empty: string;
  footer: string;
  help: string;
  onRfLoad?: Handler;
  onRfLoadError?: Handler;
  onRfInvalidData?: Handler;
  onRfSearch?: Handler;
  onRfFilterChange?: Handler;
  onRfResourceOpen?: Handler;
  onRfContact?: Handler;
  onRfExit?: Handler;
};

type Story = StoryObj<Args>;

/** A deep copy of the shipped bundle, to break on purpose. */
const cloneBundle = () => JSON.parse(JSON.stringify(shipped)) as { resources: Record<string, unknown>[] };

const slot = (name: string, text: string) => (text ? html`<p slot=${name}>${text}</p>` : nothing);

/** `onElement` is called with the element once it is in the DOM (lit `ref`). */
const template = (a: Args, onElement: (el?: Element) => void = () => {}) => html`<resource-finder
  ${ref(onElement)}
  src=${a.src || nothing}
  .bundle=${a.bundle}
  lang=${a.lang || nothing}
  page-size=${a['page-size'] ?? nothing}
  heading=${a.heading || nothing}
  heading-level=${a['heading-level'] ?? nothing}
  layout=${a.layout || nothing}
  theme=${a.theme || nothing}
  facets=${a.facets || nothing}
  filters=${a.filters || nothing}
  ?no-exit=${a['no-exit']}
  exit-url=${a['exit-url'] || nothing}
  ?share-links=${a['share-links']}
  .translations=${a.translations}
  style=${a.style || nothing}
  @rf-load=${a.onRfLoad}
  @rf-load-error=${a.onRfLoadError}
  @rf-invalid-data=${a.onRfInvalidData}
  @rf-search=${a.onRfSearch}
  @rf-filter-change=${a.onRfFilterChange}
  @rf-resource-open=${a.onRfResourceOpen}
  @rf-contact=${a.onRfContact}
  @rf-exit=${a.onRfExit}
  >${slot('heading', a['heading (slot)'])}${slot('intro', a.intro)}${slot('empty', a.empty)}${slot('footer', a.footer)}${slot('help', a.help)}</resource-finder
>`;

/** The element in the canvas, once it shows results, an empty panel or an error. */
async function settled(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<ResourceFinder>('resource-finder')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="result-list"], [part~="empty"], [part~="error"]')).toBeTruthy(), {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

const cards = (el: ResourceFinder) => el.shadowRoot!.querySelectorAll('[part~="result"]');

const width =
  (css: string): Decorator =>
  (story) =>
    html`<div style=${css}>${story()}</div>`;

const meta = {
  title: 'Resource finder',
  component: 'resource-finder',
  render: (a) => template(a),
  args: {
    src: '',
    bundle: shipped,
    lang: '',
    'page-size': 12,
    heading: '',
    'heading-level': 2,
    layout: 'full',
    theme: 'light',
    facets: '',
    filters: '',
    'no-exit': false,
    'exit-url': '',
    'share-links': false,
    style: '',
    'heading (slot)': '',
    intro: '',
    empty: '',
    footer: '',
    help: '',
  },
  argTypes: {
    src: { control: 'text' },
    bundle: { control: false, description: 'The bundle as an object (skips the network). Stories pass the shipped `data/ccci-resources.json`.' },
    lang: {
      control: { type: 'select', labels: { '': '(inherit: <html lang="en">)' } },
      options: ['', 'en', 'es', 'es-MX', 'ar'],
    },
    'page-size': { control: { type: 'number', min: 1, max: 100, step: 1 } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    facets: { control: 'text' },
    filters: { control: 'text' },
    'no-exit': { control: 'boolean' },
    'exit-url': { control: 'text' },
    'share-links': { control: 'boolean' },
    translations: { control: 'object' },
    style: {
      control: 'text',
      description: 'Inline style on the element, for the CSS custom properties (e.g. `--rf-accent: #6b2d8f`). Not an attribute of the API.',
      table: { category: 'story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Clicking **Exit this page** (or pressing Shift three times) would replace the whole page with a neutral site: ' +
          'in Storybook every story cancels the `rf-exit` event, and the Actions panel shows the address it would have gone to.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;

// ---- states ----------------------------------------------------------------------------------

/** The shipped CCCI bundle, passed with the `.bundle` property: pinned help, the first page of cards, filters. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(cards(el).length).toBe(12);
    await expect(el.shadowRoot!.querySelector('[part~="pinned-help"]')?.textContent).toContain('1-888-373-7888');
  },
};

/** The same bundle over the network: `src="data/ccci-resources.json"` (served by Storybook's `staticDirs`). */
export const LoadedFromSrc: Story = {
  name: 'Loaded from src',
  args: { src: 'data/ccci-resources.json', bundle: undefined },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(cards(el).length).toBe(12);
  },
};

/**
 * While the bundle loads: a calm placeholder, never "0 resources". The `src` here never answers
 * (a stubbed request, see `stories/fake-network.ts`), so the state stays put.
 */
export const Loading: Story = {
  args: { src: testData.never, bundle: undefined },
};

const failures = {
  'Missing file (404)': 'data/no-such-file.json',
  'Server error (500)': testData.status500,
  'A web page instead of JSON': testData.html,
  'Broken JSON': testData.badJson,
  'JSON but not a bundle': testData.wrongShape,
  'Network error': testData.network,
};

/**
 * The bundle could not be loaded: a plain-words message with "Try again", and the host's own help
 * (the `help` slot) since the bundle's pinned hotline is not available. Default: a missing file (404).
 */
export const LoadError: Story = {
  name: 'Error',
  args: { src: failures['Missing file (404)'], bundle: undefined, help: 'If you are in danger, call 911. National Human Trafficking Hotline: call 1-888-373-7888 or text 233733.' },
  argTypes: {
    src: { control: { type: 'select', labels: Object.fromEntries(Object.entries(failures).map(([label, url]) => [url, label])) }, options: Object.values(failures) },
  },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).toMatch(/404/);
  },
};

/** Nothing matches: `el.setQuery('zzzz')` once the element exists (so the docs page shows it too). Pinned help stays. */
export const NoResults: Story = {
  name: 'No results',
  render: (a) => template(a, (el) => (el as ResourceFinder | undefined)?.setQuery('zzzz')),
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).toContain('No resources match');
  },
};

/** A copy of the bundle with two broken resources (a `javascript:` link, a resource with no name): the rest is shown, with a note. */
export const PartialData: Story = {
  name: 'Partial data',
  args: {
    bundle: (() => {
      const bad = cloneBundle();
      bad.resources[5] = { ...bad.resources[5], url: 'javascript:alert(1)' };
      bad.resources[6] = { id: 'no-name' };
      return bad;
    })(),
  },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="notice"]')?.textContent).toMatch(/could not be shown/);
  },
};

// ---- configuration -----------------------------------------------------------------------------

/** `layout="compact"`: filters folded away, smaller cards. */
export const Compact: Story = {
  args: { layout: 'compact', 'page-size': 6 },
};

/** The README example: three facets in a chosen order, two category filters on load, a smaller page, an h3 heading. */
export const FacetsAndFilters: Story = {
  name: 'Facets and filters',
  args: {
    heading: 'Housing help',
    facets: 'category audience type',
    filters: 'category:housing category:youth-housing',
    'page-size': 8,
    'heading-level': 3,
  },
};

/** `no-exit`: no "Exit this page" button, no Shift x3 shortcut, no "Browsing safely" note. */
export const NoExit: Story = {
  name: 'No exit',
  args: { 'no-exit': true },
};

/** `exit-url` picks the neutral site (http(s) only). Click the button: the Actions panel shows the address (navigation is cancelled here). */
export const ExitUrl: Story = {
  name: 'Exit URL',
  args: { 'exit-url': 'https://www.example.com/weather' },
};

/** `share-links`: the search and filters are kept in the preview frame's address (replaceState only). */
export const ShareLinks: Story = {
  name: 'Share links',
  args: { 'share-links': true, filters: 'type:hotline' },
};

/** Slots: a custom heading, an intro and a footer from the host page. */
export const Slots: Story = {
  args: {
    'heading (slot)': 'Help near you',
    intro: 'Search 70+ resources on human trafficking for professionals and survivors.',
    footer: 'Listed by the CCCI project. Last checked November 2026.',
  },
};

// ---- themes --------------------------------------------------------------------------------------

/** Brand colours with the three usual custom properties: `--rf-accent`, `--rf-font-family`, `--rf-radius`. */
export const BrandTheme: Story = {
  name: 'Theme: brand',
  args: { style: '--rf-accent: #6b2d8f; --rf-focus: #6b2d8f; --rf-font-family: Georgia, "Times New Roman", serif; --rf-radius: 2px' },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  name: 'Theme: dark',
  args: { theme: 'dark' },
  decorators: [width('background: #121212; padding: 1rem')],
  parameters: { layout: 'fullscreen' },
};

/** `theme="auto"` follows the system setting (`prefers-color-scheme`); switch your OS or DevTools to see it change. */
export const Auto: Story = {
  name: 'Theme: auto',
  args: { theme: 'auto' },
};

/**
 * High contrast (Windows "Contrast themes", `forced-colors: active`): the element gives buttons,
 * actions, badges and highlighted words system colours (ButtonText, ButtonFace, Highlight …) so they
 * keep their outlines. Storybook cannot switch the operating system's mode; to check it, open DevTools
 * → More tools → Rendering → "Emulate CSS media feature forced-colors" → `active`.
 */
export const HighContrast: Story = {
  name: 'Theme: high contrast (note)',
  render: (a) => html`<p style="max-width: 60ch; font: 14px/1.5 system-ui, sans-serif; border: 1px solid; padding: 0.5em 1em">
      <strong>Forced colours / high contrast.</strong> To see this story as a Windows Contrast-theme user does, open DevTools → Rendering →
      “Emulate CSS media feature forced-colors: active”. The element then uses system colours for buttons, contact actions, badges and matched
      words; focus rings and borders stay visible.
    </p>
    ${template(a)}`,
};

// ---- languages -----------------------------------------------------------------------------------

/** `lang="es"`: interface and data in Spanish. */
export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es' },
};

/** `lang="es-MX"` falls back to `es`. */
export const SpanishMexico: Story = {
  name: 'Spanish (es-MX)',
  args: { lang: 'es-MX' },
};

/**
 * Right to left: `lang="ar"` with a few strings given through the `.translations` property. The
 * element takes `dir="rtl"` from the locale and mirrors its layout; untranslated strings and the data
 * fall back to English.
 */
export const RightToLeft: Story = {
  name: 'Right to left (ar)',
  args: {
    lang: 'ar',
    translations: { ar: { 'search.label': 'ابحث عن الموارد', 'exit.button': 'اخرج من هذه الصفحة' } },
  },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
  },
};

// ---- viewports -------------------------------------------------------------------------------------

/** In a 320 px wide column (the smallest phone), with the "Small mobile" viewport in the toolbar. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [width('width: 320px; outline: 1px dashed #8a9099')],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** In a 1440 px wide container (filters beside the results), with a 1600 px viewport in the toolbar. */
export const Wide: Story = {
  name: 'Wide (1440 px)',
  decorators: [width('width: 1440px')],
  globals: { viewport: { value: 'wide', isRotated: false } },
};
