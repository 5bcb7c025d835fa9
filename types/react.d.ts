/**
 * JSX typing of <resource-finder> for React 19 + TypeScript hosts.
 *
 * Use: `import type {} from 'resource-finder/react';` once in the app (needs @types/react 19).
 * Then `<resource-finder src="…" onrf-search={(e) => e.query} />` type-checks.
 *
 * How React 19 passes each prop to a custom element (react-dom `setPropOnCustomElement`):
 *  - `on` + exact event name with a function: `addEventListener(name)`, case-sensitive, so the
 *    prop is `onrf-search`, NOT `onRfSearch` (that would listen for an event named "RfSearch").
 *  - a name the element has as a property (`name in element`: src, lang, bundle, translations,
 *    pageSize, ...): set as that property, objects included;
 *  - anything else (page-size, heading-level, no-exit, ...): an attribute (`true` → "", `false` removes).
 * Server rendering only writes attributes, so prefer the attribute names for strings and numbers.
 */
import type { ClassAttributes, HTMLAttributes } from 'react';
import type {
  ResourceFinder,
  RfContactEvent,
  RfExitEvent,
  RfFilterChangeEvent,
  RfInvalidDataEvent,
  RfLoadErrorEvent,
  RfLoadEvent,
  RfResourceOpenEvent,
  RfSearchEvent,
  Translations,
} from 'resource-finder';

export interface ResourceFinderJSXProps extends HTMLAttributes<ResourceFinder>, ClassAttributes<ResourceFinder> {
  // Attributes (also properties of the same name where the name has no dash).
  src?: string;
  facets?: string;
  filters?: string;
  'page-size'?: number | string;
  heading?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  layout?: 'full' | 'compact';
  theme?: 'light' | 'dark' | 'auto';
  'no-exit'?: boolean;
  'exit-url'?: string;
  'share-links'?: boolean;
  // Properties only (React 19 sets them as properties because the element has them).
  bundle?: unknown;
  translations?: Translations;
  pageSize?: number;
  headingLevel?: number;
  noExit?: boolean;
  exitUrl?: string;
  shareLinks?: boolean;
  // Events (React 19 listens with addEventListener on the exact name after "on").
  'onrf-load'?: (event: RfLoadEvent) => void;
  'onrf-load-error'?: (event: RfLoadErrorEvent) => void;
  'onrf-invalid-data'?: (event: RfInvalidDataEvent) => void;
  'onrf-search'?: (event: RfSearchEvent) => void;
  'onrf-filter-change'?: (event: RfFilterChangeEvent) => void;
  'onrf-resource-open'?: (event: RfResourceOpenEvent) => void;
  'onrf-contact'?: (event: RfContactEvent) => void;
  'onrf-exit'?: (event: RfExitEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'resource-finder': ResourceFinderJSXProps;
    }
  }
}
