/**
 * The Intl warm-up worker (dist/resource-finder.intl.worker.js, a classic worker of a few hundred
 * bytes): makes the Intl objects the page is about to make, for the page's locale, then closes.
 * A browser loads ICU's locale data (numbers, plural rules, dates, collation, graphemes, language
 * names) once per process, in whichever thread asks first; asked here, the page's own first Intl
 * objects cost next to nothing. In headless Chromium at 4x CPU the first Intl.NumberFormat on the
 * page took 150–230 ms, in one task; after this worker, under 3 ms. See ui/intl-warm.ts.
 */
self.onmessage = ({ data: locale }: MessageEvent<string>) => {
  const both = [locale, 'en'];
  try {
    new Intl.NumberFormat(both).format(1e4);
    new Intl.PluralRules(both).select(1);
    new Intl.DateTimeFormat(both, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
    Intl.DateTimeFormat().resolvedOptions();
    new Intl.Collator(locale).compare('a', 'b');
    new Intl.DisplayNames(both, { type: 'language' }).of('fr');
    if (Intl.Segmenter) Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('ab'));
  } finally {
    self.close();
  }
};
