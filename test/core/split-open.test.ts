// openSplit (src/core/split-source.ts): the page locale's index head is the file the first results
// wait for, so it is asked for before the head's own decoding steps (each a task of its own), and a
// head whose folder is missing still fails with the message that says what to upload.
import { expect } from '@open-wc/testing';
import { openSplit, type SplitDeps } from '../../src/core/split-source.js';
import { LoadError } from '../../src/core/load.js';
import type { Bundle } from '../../src/core/types.js';

const head = () =>
  ({
    version: '1.0',
    meta: { title: 'Split', default_locale: 'en', locales: ['en', 'es'] },
    facets: [],
    resources: [{ id: 'a', name: 'A', description: 'First' }],
    split: { v: 1, count: 3, dir: 'dir.files/', at: [0], table: { ids: [], lists: [] } },
  }) as unknown as Bundle & { split: unknown };

// Never reached in these tests: the steps that use them come after the locale head.
const deps = {} as SplitDeps;

describe('openSplit', () => {
  it('asks for the locale index head at once, before its decoding steps', async () => {
    const asked: string[] = [];
    let answer!: (x: unknown) => void;
    const getFirst = (url: string) => (asked.push(url), new Promise((resolve) => (answer = resolve)));
    const opened = openSplit(head(), 'https://example.test/data/split.json', () => Promise.reject(new Error('not this one')), deps, 'es', getFirst);
    // Synchronously, in the task that opened it: no pause before the request.
    expect(asked).to.deep.equal(['https://example.test/data/dir.files/es.json']);
    answer({});
    const o = await opened;
    expect(o.bundle.resources).to.have.length(3);
    expect(o.bundle.resources[0].id).to.equal('a');
  });

  it('a missing folder is still the load error that says what to upload, after the steps', async () => {
    const getFirst = () => Promise.reject(new LoadError('http', 'The server answered 404.', 404));
    let error: unknown;
    try {
      await openSplit(head(), 'https://example.test/split.json', getFirst, deps, 'en', getFirst);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('http');
    expect((error as LoadError).message).to.match(/dir\.files\/en\.json.*404.*upload both files/);
  });
});
