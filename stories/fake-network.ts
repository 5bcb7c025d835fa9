/**
 * Deterministic network answers for the Loading and Error stories, in the static build as well as
 * in `storybook dev` (a static host cannot answer 500, hang forever, or send a web page as data).
 *
 * Only addresses under `test-data/` are answered here, mirroring `test/server/middleware.mjs` used by
 * the element tests; every other request (e.g. `data/ccci-resources.json`) goes to the real network.
 * Installed once, when the stories module is first imported.
 */
const PREFIX = '/test-data/';

/** Addresses the stories use; relative, so a Storybook published under a sub-path works too. */
export const testData = {
  /** Never answers: the element stays in its loading state (its 15 s timeout never fires a result). */
  never: 'test-data/never.json',
  /** Answers with the shipped bundle after `ms` milliseconds. */
  slow: (ms: number) => `test-data/slow.json?ms=${ms}`,
  status500: 'test-data/status-500',
  html: 'test-data/html',
  badJson: 'test-data/bad-json',
  wrongShape: 'test-data/wrong-shape',
  network: 'test-data/network-error',
} as const;

function answer(url: URL): Promise<Response> {
  const name = url.pathname.slice(url.pathname.indexOf(PREFIX) + PREFIX.length);
  const json = { 'Content-Type': 'application/json' };
  switch (name) {
    case 'never.json':
      // Neither resolves nor rejects, even when the element's timeout aborts the request.
      return new Promise<Response>(() => {});
    case 'slow.json':
      return new Promise<Response>((resolve) =>
        setTimeout(() => resolve(fetch(new URL('../data/ccci-resources.json', url))), Number(url.searchParams.get('ms') ?? 1500)),
      );
    case 'status-500':
      return Promise.resolve(new Response('Server error', { status: 500 }));
    case 'html':
      return Promise.resolve(
        new Response('<!doctype html><title>Oops</title><p>This is a web page, not data.</p>', { headers: { 'Content-Type': 'text/html' } }),
      );
    case 'bad-json':
      return Promise.resolve(new Response('{"format_version": 1, "meta": {', { headers: json }));
    case 'wrong-shape':
      return Promise.resolve(new Response('[1, 2, 3]', { headers: json }));
    case 'network-error':
      return Promise.reject(new TypeError('Failed to fetch'));
    default:
      return Promise.resolve(new Response('Not found', { status: 404 }));
  }
}

const marker = Symbol.for('resource-finder.storybook.fake-network');
type Marked = typeof fetch & { [marker]?: true };

if (!(window.fetch as Marked)[marker]) {
  const realFetch = window.fetch.bind(window);
  const fakeFetch: Marked = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) => {
      const href = input instanceof Request ? input.url : String(input);
      const url = new URL(href, document.baseURI);
      if (url.origin === location.origin && url.pathname.includes(PREFIX)) return answer(url);
      return realFetch(input, init);
    },
    { [marker]: true as const },
  );
  window.fetch = fakeFetch;
}
