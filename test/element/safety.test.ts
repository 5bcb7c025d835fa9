import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResourceFinder } from '../../src/resource-finder.js';
import { $, $$, ccci, finder, nextEvent, ready, typeQuery } from '../helpers/finder.js';

async function storageSnapshot() {
  const dbs = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
  return {
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    dbs: JSON.stringify(dbs),
    caches: JSON.stringify(await caches.keys()),
  };
}

const shiftTap = () => sendKeys({ press: 'Shift' });

describe('<resource-finder> safety and privacy', () => {
  afterEach(() => {
    document.querySelectorAll('[data-quick-exit]').forEach((n) => n.remove());
  });

  it('shows a labelled exit button on by default, and none with no-exit', async () => {
    const el = await finder();
    expect($(el, '[part~="exit-button"]')!.textContent!.trim()).to.equal('Exit this page');
    el.noExit = true;
    await el.updateComplete;
    expect($(el, '[part~="exit-button"]')).to.not.exist;
  });

  it('fires a cancelable rf-exit with the exit address before leaving', async () => {
    const el = await finder(html`<resource-finder exit-url="https://example.org/weather" .bundle=${ccci}></resource-finder>`);
    el.addEventListener('rf-exit', (e) => e.preventDefault(), { once: true });
    const exiting = nextEvent(el, 'rf-exit');
    $<HTMLButtonElement>(el, '[part~="exit-button"]')!.click();
    const event = await exiting;
    expect(event.url).to.equal('https://example.org/weather');
    expect(event.cancelable).to.equal(true);
    await el.updateComplete;
    expect($(el, '.exit-overlay')!.matches(':popover-open')).to.equal(false); // cancelled: nothing happened
  });

  it('never exits to a javascript: address', async () => {
    const el = await finder(html`<resource-finder exit-url="javascript:alert(1)" .bundle=${ccci}></resource-finder>`);
    el.addEventListener('rf-exit', (e) => e.preventDefault(), { once: true });
    const exiting = nextEvent(el, 'rf-exit');
    el.exitNow();
    expect((await exiting).url).to.equal('https://www.bbc.co.uk/weather');
  });

  it('Shift three times anywhere on the page triggers exit, announcing the presses left', async () => {
    const el = await finder();
    let exits = 0;
    el.addEventListener('rf-exit', (e) => {
      exits++;
      e.preventDefault();
    });
    document.body.focus();
    await shiftTap();
    await el.updateComplete;
    const announced = $$(el, '[role="status"]').map((n) => n.textContent).join(' ');
    expect(announced).to.contain('Press Shift 2 more times');
    await shiftTap();
    await shiftTap();
    expect(exits).to.equal(1);
  });

  it('does not count Shift with other keys and lets key events through', async () => {
    const el = await finder();
    let exits = 0;
    el.addEventListener('rf-exit', (e) => {
      exits++;
      e.preventDefault();
    });
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    let seen = 0;
    const onKey = () => seen++;
    document.addEventListener('keydown', onKey);
    await sendKeys({ type: 'AB' }); // capitals use Shift
    await shiftTap();
    await sendKeys({ press: 'x' });
    await shiftTap();
    await shiftTap();
    document.removeEventListener('keydown', onKey);
    expect(exits).to.equal(0);
    expect(seen).to.be.greaterThan(4);
    expect(input.value).to.equal('ABx');
  });

  it('leaves the shortcut to a host page that has its own quick exit', async () => {
    const host = document.createElement('div');
    host.dataset.quickExit = '';
    document.body.append(host);
    const el = await finder();
    let exits = 0;
    el.addEventListener('rf-exit', (e) => {
      exits++;
      e.preventDefault();
    });
    await shiftTap();
    await shiftTap();
    await shiftTap();
    expect(exits).to.equal(0);
    expect($(el, '[part~="exit-button"]')).to.exist; // the button still works
  });

  it('resets the overlay and the query when the page returns from the back/forward cache', async () => {
    const el = await finder();
    await typeQuery(el, 'legal');
    const overlay = $(el, '.exit-overlay')!;
    overlay.showPopover(); // as an exit leaves it, in the page the cache keeps
    expect(overlay.matches(':popover-open')).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
    expect(overlay.matches(':popover-open')).to.equal(false);
  });

  it('stores nothing and leaves the address alone during a full search session', async () => {
    const before = await storageSnapshot();
    const href = location.href;
    const historyLength = history.length;
    const el = await finder();
    await typeQuery(el, 'housing');
    $<HTMLInputElement>(el, '[part~="filters"] input[type="checkbox"]')!.click();
    await el.updateComplete;
    await aTimeout(900);
    expect(await storageSnapshot()).to.deep.equal(before);
    expect(location.href).to.equal(href);
    expect(history.length).to.equal(historyLength);
  });

  it('with share-links, writes the search to the address with replaceState only', async () => {
    const start = location.href;
    const historyLength = history.length;
    const pushState = history.pushState;
    let pushes = 0;
    history.pushState = (...args: Parameters<History['pushState']>) => {
      pushes++;
      return pushState.apply(history, args);
    };
    try {
      const el = await finder(html`<resource-finder share-links .bundle=${ccci}></resource-finder>`);
      await typeQuery(el, 'legal');
      await aTimeout(900);
      expect(new URL(location.href).searchParams.get('rf-q')).to.equal('legal');
      expect(pushes).to.equal(0);
      expect(history.length).to.equal(historyLength);
      // A new instance reads the shared search back.
      const again = await fixture<ResourceFinder>(html`<resource-finder share-links .bundle=${ccci}></resource-finder>`);
      await ready(again);
      expect($<HTMLInputElement>(again, 'input[type="search"]')!.value).to.equal('legal');
    } finally {
      history.pushState = pushState;
      history.replaceState(history.state, '', start);
    }
  });

  it('writes nothing the visitor typed to the console', async () => {
    const logged: string[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
    for (const key of Object.keys(original) as (keyof typeof original)[]) console[key] = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await finder();
      await typeQuery(el, 'secretword');
      await aTimeout(900);
    } finally {
      Object.assign(console, original);
    }
    expect(logged.join('\n')).to.not.contain('secretword');
  });
});

describe('<resource-finder> shortlist', () => {
  it('collects resources in memory, copies them as plain text with links and numbers, and clears', async () => {
    const el = await finder();
    const before = await storageSnapshot();
    const saveButtons = () => $$<HTMLButtonElement>(el, '[part~="result"] .save');
    saveButtons()[1].click();
    await el.updateComplete;
    expect(saveButtons()[1].getAttribute('aria-pressed')).to.equal('true');
    const list = $(el, '[part~="shortlist"]')!;
    expect(list.textContent).to.contain('My list (1)');
    expect(list.textContent).to.contain('Nothing is saved');
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      [...list.querySelectorAll('button')].find((b) => b.textContent!.includes('Copy'))!.click();
      await aTimeout(50);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.match(/^My list\n\n1\. .+/);
    expect(copied).to.match(/https:\/\//);
    expect(await storageSnapshot()).to.deep.equal(before);
    [...list.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear list'))!.click();
    await el.updateComplete;
    expect($(el, '[part~="shortlist"]')).to.not.exist;
  });

  it('prints a clean list: links written out, no exit button, no filters, no search', async () => {
    const el = await finder();
    $$<HTMLButtonElement>(el, '[part~="result"] .save')[1].click();
    await el.updateComplete;
    // Emulate print media through the stylesheet's own rules.
    const sheets = (el.shadowRoot!.adoptedStyleSheets ?? []) as CSSStyleSheet[];
    const printRules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(printRules.length).to.be.greaterThan(0);
    const sheet = new CSSStyleSheet();
    printRules.forEach((r) => [...r.cssRules].forEach((inner) => sheet.insertRule(inner.cssText, sheet.cssRules.length)));
    el.shadowRoot!.adoptedStyleSheets = [...sheets, sheet];
    const hidden = (sel: string) => !$(el, sel)!.checkVisibility();
    expect(hidden('[part~="exit-button"]')).to.equal(true);
    expect(hidden('[part~="filters"]')).to.equal(true);
    expect(hidden('[part~="search"]')).to.equal(true);
    expect(hidden('.results')).to.equal(true); // with a list, only the list prints
    const written = $$(el, '[part~="shortlist"] .print-only').filter((n) => n.checkVisibility());
    expect(written.some((n) => /^https:\/\//.test(n.textContent!))).to.equal(true);
    el.shadowRoot!.adoptedStyleSheets = sheets;
  });
});
