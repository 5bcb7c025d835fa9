// A React 19 host for <resource-finder>, built by ../build.mjs with Vite (Vite 8 compiles JSX/TSX
// itself; no React plugin is needed for a production build).
//
// `resource-finder` is what an app that ran `npm install resource-finder` writes. In this repository
// ../build.mjs aliases it to ../../dist/esm/index.js: the package's own ES module build (the file
// its package.json "exports" points at), so the example exercises what users install. Run
// `npm run build` first.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'resource-finder'; // registers <resource-finder> (once) before React creates any
import type { ResourceFinder, Translations } from 'resource-finder';
import type {} from 'resource-finder/react'; // JSX typing of <resource-finder> (types/react.d.ts)

/** Our own wording for two messages, in both languages (the `translations` property). */
const WORDING: Translations = {
  en: { 'count.other': '{0} places to get help', 'count.one': '{0} place to get help' },
  es: { 'count.other': '{0} lugares donde pedir ayuda', 'count.one': '{0} lugar donde pedir ayuda' },
};

function App() {
  const finder = useRef<ResourceFinder>(null);
  const [lang, setLang] = useState<'en' | 'es'>('en');
  const [pageSize, setPageSize] = useState(6);
  const [ownWording, setOwnWording] = useState(false);
  const [lastEvent, setLastEvent] = useState('none yet');
  const [loaded, setLoaded] = useState<number | null>(null);

  // Objects go in as properties, through the ref. (React 19 would also set `translations` as a
  // property if passed as a prop, because `'translations' in element` is true; the ref is the
  // explicit way and also works with React 18.)
  useEffect(() => {
    if (finder.current) finder.current.translations = ownWording ? WORDING : undefined;
  }, [ownWording]);

  // Events: plain addEventListener in an effect, removed on unmount. The event map in the package's
  // types makes `event.query`, `event.filters` typed here.
  useEffect(() => {
    const element = finder.current;
    if (!element) return;
    const onLoad = (event: HTMLElementEventMap['rf-load']) => setLoaded(event.total);
    const onSearch = (event: HTMLElementEventMap['rf-search']) =>
      setLastEvent(`rf-search: "${event.query}" (${event.total} results)`);
    const onFilterChange = (event: HTMLElementEventMap['rf-filter-change']) =>
      setLastEvent(`rf-filter-change: ${JSON.stringify(event.filters)}`);
    element.addEventListener('rf-load', onLoad);
    element.addEventListener('rf-search', onSearch);
    element.addEventListener('rf-filter-change', onFilterChange);
    return () => {
      element.removeEventListener('rf-load', onLoad);
      element.removeEventListener('rf-search', onSearch);
      element.removeEventListener('rf-filter-change', onFilterChange);
    };
  }, []);

  return (
    <>
      <h1>{lang === 'es' ? 'Portal del personal' : 'Staff portal'} (React {'19'})</h1>
      <div className="toolbar">
        <button type="button" id="lang-toggle" onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
          {lang === 'en' ? 'Español' : 'English'}
        </button>
        <label>
          Results per page{' '}
          <select id="page-size" value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))}>
            <option value="3">3</option>
            <option value="6">6</option>
            <option value="12">12</option>
          </select>
        </label>
        <label>
          <input type="checkbox" id="own-wording" checked={ownWording} onChange={(event) => setOwnWording(event.target.checked)} /> Our
          own wording
        </label>
        <span id="loaded">{loaded === null ? 'Loading…' : `${loaded} resources loaded`}</span>
        <span>
          Last event: <output id="last-event">{lastEvent}</output>
        </span>
      </div>
      {/* React 19 sets a prop as a DOM property when the element has one of that name (src, lang),
          else as an attribute (page-size, heading-level). Either way the widget updates at once. */}
      <resource-finder ref={finder} src="/data/ccci-resources.json" lang={lang} page-size={pageSize} heading-level={2} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
