// A Vue 3 host for <resource-finder>, built by ../build.mjs with Vite and WITHOUT @vitejs/plugin-vue:
// no .vue files and no template compiler, only render functions (h), so the runtime-only `vue`
// build is enough. `resource-finder` is aliased by ../build.mjs to ../../dist/esm/index.js (the
// package's ES module build); an app that installed the package imports it the same way.
//
// How Vue 3.5 passes each key of h('resource-finder', { ... }) (runtime-dom patchProp):
//  - `onXxx` → addEventListener(hyphenate('Xxx')): onRfSearch → 'rf-search',
//    onRfFilterChange → 'rf-filter-change'. (`'on:rf-search'` is the verbatim form.)
//  - a key the element has as a property (`key in el`: src, lang, translations, bundle, pageSize)
//    → set as that DOM property, objects included; so the element must be defined (imported)
//    before Vue renders it, or objects would become "[object Object]" attributes.
//  - anything else (page-size, heading-level) → setAttribute. Force one or the other with a
//    '.' (property) or '^' (attribute) prefix on the key: { '.bundle': data, '^lang': 'es' }.
// No `isCustomElement` option is needed: that is only for the template compiler.
import { createApp, defineComponent, h, ref } from 'vue';
import 'resource-finder';

/** Our own wording for two messages, in both languages (the `translations` property). */
const WORDING = {
  en: { 'count.other': '{0} places to get help', 'count.one': '{0} place to get help' },
  es: { 'count.other': '{0} lugares donde pedir ayuda', 'count.one': '{0} lugar donde pedir ayuda' },
};

const App = defineComponent({
  name: 'ResourcesPage',
  setup() {
    const lang = ref('en');
    const pageSize = ref(6);
    const ownWording = ref(false);
    const lastEvent = ref('none yet');
    const loaded = ref(null);

    return () => [
      h('h1', `${lang.value === 'es' ? 'Portal del personal' : 'Staff portal'} (Vue 3)`),
      h('div', { class: 'toolbar' }, [
        h('button', { type: 'button', id: 'lang-toggle', onClick: () => (lang.value = lang.value === 'en' ? 'es' : 'en') }, lang.value === 'en' ? 'Español' : 'English'),
        h('label', [
          'Results per page ',
          h(
            'select',
            { id: 'page-size', value: String(pageSize.value), onChange: (event) => (pageSize.value = Number(event.target.value)) },
            ['3', '6', '12'].map((n) => h('option', { value: n }, n)),
          ),
        ]),
        h('label', [
          h('input', { type: 'checkbox', id: 'own-wording', checked: ownWording.value, onChange: (event) => (ownWording.value = event.target.checked) }),
          ' Our own wording',
        ]),
        h('span', { id: 'loaded' }, loaded.value === null ? 'Loading…' : `${loaded.value} resources loaded`),
        h('span', ['Last event: ', h('output', { id: 'last-event' }, lastEvent.value)]),
      ]),
      h('resource-finder', {
        src: '/data/ccci-resources.json', // property (src in el)
        lang: lang.value, // property (lang in el); the widget re-renders in place
        'page-size': pageSize.value, // attribute (no DOM property of that name)
        'heading-level': 2, // attribute
        translations: ownWording.value ? WORDING : undefined, // property: an object, not a string
        onRfLoad: (event) => (loaded.value = event.total),
        onRfSearch: (event) => (lastEvent.value = `rf-search: "${event.query}" (${event.total} results)`),
        onRfFilterChange: (event) => (lastEvent.value = `rf-filter-change: ${JSON.stringify(event.filters)}`),
      }),
    ];
  },
});

createApp(App).mount('#app');
