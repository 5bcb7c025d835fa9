// loadBundle: every source (object, text, URL) goes through validate → normalize; every failure is
// one LoadError kind. URLs are answered by test/server/middleware.mjs.
import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/load.js';
import { loadBundle, type BundleSource } from '../../src/core/load-bundle.js';
import { FIXTURE } from './engine-fixture.js';

async function failure(source: BundleSource): Promise<LoadError> {
  try {
    await loadBundle(source);
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('loadBundle did not fail');
}

describe('loadBundle', () => {
  it('takes an object or JSON text, validates and normalizes it', async () => {
    const bad = structuredClone(FIXTURE);
    (bad.resources[0] as { url?: string }).url = 'javascript:alert(1)';
    const fromData = await loadBundle({ data: bad });
    expect(fromData.bundle.resources).to.have.length(FIXTURE.resources.length);
    expect(fromData.problems.map((p) => p.code)).to.include('link-scheme');
    const fromText = await loadBundle({ text: '\uFEFF' + JSON.stringify(FIXTURE) });
    expect(fromText.invalidCount).to.equal(0);
    expect(fromText.in('es').title).to.equal('Test');
    expect(fromText.in('es').text({ en: 'Hello', es: 'Hola' })).to.deep.equal({ text: 'Hola', lang: 'es' });
    expect(fromText.in('fr').text({ en: 'Hello', es: 'Hola' })).to.deep.equal({ text: 'Hello', lang: 'en' });
  });

  it('counts resources dropped as invalid', async () => {
    const bad = structuredClone(FIXTURE) as unknown as { resources: Record<string, unknown>[] };
    delete bad.resources[1].name;
    delete bad.resources[1].description;
    const loaded = await loadBundle({ data: bad });
    expect(loaded.invalidCount).to.equal(1);
    expect(loaded.bundle.resources).to.have.length(FIXTURE.resources.length - 1);
  });

  it('fetches a URL', async () => {
    const loaded = await loadBundle({ url: new URL('/test-data/ccci.json', location.href).href });
    expect(loaded.bundle.resources.length).to.be.greaterThan(10);
  });

  it('names each failure exactly', async () => {
    const at = (path: string) => new URL(`/test-data/${path}`, location.href).href;
    const http = await failure({ url: at('status-404') });
    expect([http.kind, http.status]).to.deep.equal(['http', 404]);
    expect((await failure({ url: at('html') })).kind).to.equal('not-json');
    expect((await failure({ url: at('wrong-shape') })).kind).to.equal('shape');
    expect((await failure({ text: '{"format_version": 1,' })).kind).to.equal('not-json');
    expect((await failure({ data: { format_version: 1 } })).kind).to.equal('shape');
    expect((await failure({})).kind).to.equal('shape');
    expect((await failure({ url: 'http://127.0.0.1:1/nothing.json' })).kind).to.equal('network');
  });

  it('stops when its signal aborts (a newer load replaced it)', async () => {
    const controller = new AbortController();
    const pending = loadBundle({ url: new URL('/test-data/slow.json?ms=2000', location.href).href }, { signal: controller.signal });
    controller.abort();
    let caught: unknown;
    await pending.catch((error) => (caught = error));
    expect(caught).to.not.equal(undefined);
    expect(caught).to.not.be.instanceOf(LoadError);
  });
});
