/**
 * The `resource-finder` command line: validate, build, import --from csv|hsds.
 * Owns: argument parsing, exit codes (0 clean, 1 errors, 2 unreadable input) and what is written.
 * Does not own: the rules (core/validate.ts, lint.ts) or the importers (csv.ts, hsds.ts).
 * Exports `main` for bin/resource-finder.mjs.
 */

import { stampBundle } from '../core/stamp.js';
import { languageNames } from './language-names.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Problem } from '../core/types.js';
import { isTimeZone, validateBundle } from '../core/validate.js';
import { importCsv, locateCsv, readColumnMap } from './csv.js';
import { importHsds } from './hsds.js';
import { dbCommand } from './db.js';
import { countLine, parseJson, problemJson, readText, type Located } from './io.js';
import { lintBundle } from './lint.js';
import { loadZipTable, placesFor } from './places.js';
import { droppedSummary, reportLines } from './report.js';
import { SPLIT_FROM, cannotSplit, staleSplitDir, writeSplit } from './split.js';


const VERSION = '0.1.0';

const HELP = `resource-finder — check and prepare data for the <resource-finder> widget

Usage:
  resource-finder validate FILE...             Check bundles; list every problem.
  resource-finder build FILE -o OUT            Check, then write a compact bundle for the site.
  resource-finder import --from csv FILE [-o OUT]   Turn a spreadsheet (CSV) into a bundle.
  resource-finder import --from hsds FILE [-o OUT]  Turn Open Referral HSDS 3.0 JSON into a bundle.
  resource-finder db load FILE --database URL  Load a bundle (or HSDS JSON) into PostgreSQL for the search service.

Options:
  -o, --out FILE     Where to write (import writes to the screen without it).
  --json             Machine-readable output (validate, build, import).
  --strict           Treat warnings as errors (exit 1); import then writes nothing.
  --verbose          List every problem (import groups many by kind, with 3 examples each).
  --locale CODE      Language of the plain columns when importing (default: en).
  --title TEXT       Title of an imported bundle (default: "Resources").
  --license TEXT     Licence of imported data (meta.license), e.g. CC-BY-SA-4.0.
  --attribution TEXT Credit line required by the data's licence (meta.attribution).
  --timezone ZONE    IANA time zone of the hours when importing, e.g. America/New_York.
  --columns FILE     CSV import: a JSON map of your column names to ours, e.g. {"Agency": "organization"}.
  --no-places        build: do not add the ZIP centroid table.
  --split            build: write the split form (a small head file plus a folder of files fetched as
                     searches need them); the default from 3,000 resources. --no-split: one file always.
  -h, --help         Show this help.   -v, --version   Show the version.

Exit codes: 0 = no errors (warnings allowed), 1 = errors found, 2 = a file could not be read
(missing, not UTF-8, not JSON or CSV), or the command line was wrong.
Details: docs/cli.md`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Schema + semantic problems, then CLI lint, without repeating a place the schema already flagged. */
export function allProblems(doc: unknown, bom = false): { problems: Problem[]; bundle: ReturnType<typeof validateBundle>['bundle'] } {
  const { bundle, problems } = validateBundle(doc);
  const flagged = new Set(problems.map((p) => p.path.join('\u0000')));
  const lint = lintBundle(doc, { bom }).filter((p) => p.code != 'empty' || !flagged.has(p.path.join('\u0000')));
  return { bundle, problems: [...problems, ...lint] };
}

const errorsIn = (problems: Problem[], strict: boolean) => problems.some((p) => p.severity == 'error' || strict);

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        from: { type: 'string' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        locale: { type: 'string' },
        title: { type: 'string' },
        timezone: { type: 'string' },
        license: { type: 'string' },
        attribution: { type: 'string' },
        columns: { type: 'string' },
        verbose: { type: 'boolean' },
        'no-places': { type: 'boolean' },
        split: { type: 'boolean' },
        'no-split': { type: 'boolean' },
        database: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err(`resource-finder: ${(e as Error).message}\nRun "resource-finder --help" to see the options.`);
    return 2;
  }
  const { values: o, positionals } = args;
  const [command, ...files] = positionals;
  if (o.version) return io.out(VERSION), 0;
  if (o.help || !command || command == 'help') return io.out(HELP), command || o.help ? 0 : 2;
  const strict = !!o.strict;

  if (command == 'validate') {
    if (!files.length) return io.err('resource-finder validate: name at least one file, e.g. "resource-finder validate data/resources.json".'), 2;
    let code = 0;
    const report: unknown[] = [];
    for (const file of files) {
      const read = readText(file);
      const parsed = read.ok ? parseJson(read.text, file) : read;
      if (!parsed.ok) {
        code = 2;
        if (o.json) report.push({ file, readable: false, message: parsed.message });
        else io.err(`${file}\n  error: ${parsed.message}`);
        continue;
      }
      const { problems, bundle } = allProblems(parsed.value, read.ok && read.bom);
      const bad = errorsIn(problems, strict);
      if (bad) code = Math.max(code, 1);
      const total = Array.isArray((parsed.value as { resources?: unknown }).resources) ? (parsed.value as { resources: unknown[] }).resources.length : 0;
      if (o.json) {
        report.push({ file, readable: true, ok: !bad, resources: total, usable: bundle?.resources.length ?? 0, problems: problems.map(problemJson) });
        continue;
      }
      io.out(file);
      for (const line of reportLines(problems, { verbose: !!o.verbose })) io.out(line);
      const usable = bundle ? `, ${bundle.resources.length} of ${total} resources usable` : ', nothing usable';
      io.out(`  ${bad ? 'FAILED' : 'OK'}: ${countLine(problems)}${usable}.`);
    }
    if (o.json) io.out(JSON.stringify(report, null, 2));
    return code;
  }

  if (command == 'build') {
    const [file] = files;
    if (!file || files.length > 1 || !o.out) return io.err('resource-finder build: give one input file and -o OUT, e.g. "resource-finder build data/resources.json -o dist/resources.json".'), 2;
    const read = readText(file);
    const parsed = read.ok ? parseJson(read.text, file) : read;
    if (!parsed.ok) return io.err(`${file}\n  error: ${parsed.message}`), 2;
    const { problems, bundle } = allProblems(parsed.value, read.ok && read.bom);
    if (o.json) io.out(JSON.stringify(problems.map(problemJson), null, 2));
    else if (problems.length) {
      io.err(file);
      for (const line of reportLines(problems, { verbose: !!o.verbose })) io.err(line);
    }
    if (!bundle || errorsIn(problems, strict)) {
      if (!o.json) io.err(`  FAILED: ${countLine(problems)}. Nothing was written: fix the errors and run again.`);
      return 1;
    }
    // The ZIP table for the bundle's own area, unless it has one or --no-places.
    let placesNote = '';
    if (!bundle.places && !o['no-places']) {
      const table = loadZipTable();
      if (typeof table == 'string') io.err(`  note: no ZIP table was added: ${table}.`);
      else {
        const places = placesFor(bundle, table);
        if (places) {
          bundle.places = places;
          placesNote = `, ${Object.keys(places.zip ?? {}).length} ZIP points (${(JSON.stringify(places).length / 1024).toFixed(1)} kB)`;
        }
      }
    }
    // Normalized (only what passed) and minified; "$schema" is kept so the output still names its format.
    // The stamp lets the browser skip the full validator (it still makes the safety checks: core/stamp.ts).
    // The names of its languages, so the page need not load the browser's (cli/language-names.ts).
    const names = languageNames(bundle);
    if (names) bundle.meta.language_names = names;
    const why = cannotSplit(bundle);
    if (o.split || (!o['no-split'] && !why && bundle.resources.length >= SPLIT_FROM)) {
      if (why) return io.err(`  FAILED: --split: this bundle cannot be split: ${why}. Nothing was written.`), 1;
      let r;
      try {
        r = writeSplit(bundle, o.out, VERSION);
      } catch (e) {
        return io.err(`  FAILED: ${(e as Error).message}`), 2;
      }
      if (!o.json) io.err(`Wrote ${o.out} (${(r.headBytes / 1024).toFixed(1)} kB) and ${r.files - 1} files in ${r.dir} (${(r.bytes / 1048576).toFixed(1)} MB in all): the split form of ${bundle.resources.length} resources, fetched as searches need them; upload both. ${countLine(problems)}.`);
      return 0;
    }
    const stale = staleSplitDir(o.out);
    if (stale) io.err(`  note: ${stale} is from an earlier split build and is no longer used: delete it.`);
    const text = JSON.stringify(stampBundle(bundle, VERSION));
    write(o.out, text);
    if (!o.json) io.err(`Wrote ${o.out} (${(Buffer.byteLength(text) / 1024).toFixed(1)} kB, ${bundle.resources.length} resources${placesNote}; ${countLine(problems)}).`);
    return 0;
  }

  if (command == 'import') {
    const [file] = files;
    if (o.from != 'csv' && o.from != 'hsds') return io.err('resource-finder import: say what the file is: --from csv or --from hsds.'), 2;
    if (!file || files.length > 1) return io.err('resource-finder import: give one input file.'), 2;
    if (o.timezone !== undefined && !isTimeZone(o.timezone)) {
      return io.err(`resource-finder import: "${o.timezone}" is not an IANA time zone. Use a name such as America/New_York (not a number of hours).`), 2;
    }
    const read = readText(file);
    if (!read.ok) return io.err(`${file}\n  error: ${read.message}`), 2;
    const meta = { locale: o.locale, title: o.title, timezone: o.timezone };
    let problems: Located[];
    let checked: ReturnType<typeof allProblems>;
    let total: number;
    const started = performance.now();
    if (o.from == 'csv') {
      let columns: Record<string, string> | undefined;
      if (o.columns) {
        const map = readColumnMap(o.columns);
        if (typeof map == 'string') return io.err(`resource-finder import: ${map}`), 2;
        columns = map;
      }
      let result;
      try {
        result = importCsv(read.text, { ...meta, columns });
      } catch (e) {
        const err = e as Error & { lines?: number };
        return io.err(`${file}\n  error: not a readable CSV file${err.lines ? ` (near line ${err.lines})` : ''}: ${err.message}. Check for a quote " that is never closed.`), 2;
      }
      checked = result.bundle ? allProblems(result.bundle) : { problems: [], bundle: null };
      problems = [...result.problems, ...checked.problems.map((p) => locateCsv(p, result))];
      total = result.rows.length;
      if (!o.json && result.preview.length) {
        io.err(`${file}: how the columns were read`);
        for (const line of result.preview) io.err('  ' + line);
      }
    } else {
      const parsed = parseJson(read.text, file);
      if (!parsed.ok) return io.err(`${file}\n  error: ${parsed.message}`), 2;
      // Progress on a terminal only: a log file gets the report alone.
      const tty = !o.json && process.stderr.isTTY;
      const onProgress = tty ? (done: number, all: number) => process.stderr.write(`\r  reading services: ${done.toLocaleString('en-US')} of ${all.toLocaleString('en-US')}${done == all ? '\n' : ''}`) : undefined;
      const result = importHsds(parsed.value, { ...meta, onProgress });
      if (tty) process.stderr.write('  checking the result…\n');
      checked = result.bundle ? allProblems(result.bundle) : { problems: [], bundle: null };
      problems = [...result.problems, ...checked.problems];
      total = result.bundle?.resources.length ?? 0;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (checked.bundle && o.license) checked.bundle.meta.license = o.license;
    if (checked.bundle && o.attribution) checked.bundle.meta.attribution = o.attribution;
    if (read.bom) problems.unshift({ severity: 'warning', code: 'bom', path: [], place: 'the file', message: 'starts with a byte-order mark (BOM)', fix: 'Nothing to do: it was ignored.' });
    const bundle = checked.bundle;
    const usable = bundle?.resources.length ?? 0;
    if (o.json) io.err(JSON.stringify(problems.map(problemJson), null, 2));
    else if (problems.length) {
      io.err(file);
      for (const line of reportLines(problems, { verbose: !!o.verbose })) io.err(line);
    }
    const refused = !bundle || !usable || (strict && problems.length > 0);
    if (refused) {
      if (!o.json) io.err(`  FAILED: ${countLine(problems)}. Nothing was written: ${strict && usable ? '--strict refuses any problem; ' : ''}fix the ${o.from == 'csv' ? 'spreadsheet' : 'file'} and run again.`);
      return 1;
    }
    const text = JSON.stringify(bundle, null, 2) + '\n';
    const dropped = droppedSummary(problems);
    const summary = `${usable.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} resources written${dropped ? `; dropped ${dropped}` : ''}; ${countLine(problems)}; ${seconds} s`;
    if (o.out) {
      write(o.out, text);
      if (!o.json) io.err(`Wrote ${o.out} (${summary}).`);
    } else {
      io.out(text.trimEnd());
      if (!o.json) io.err(`Done (${summary}).`);
    }
    return 0;
  }

  if (command == 'db') return dbCommand(files, o, allProblems, io);

  io.err(`resource-finder: unknown command "${command}". Commands: validate, build, import. Run "resource-finder --help".`);
  return 2;
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
