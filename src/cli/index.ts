/**
 * The `resource-finder` command line: validate, build, import --from csv|hsds.
 * Owns: argument parsing, exit codes (0 clean, 1 errors, 2 unreadable input) and what is written.
 * Does not own: the rules (core/validate.ts, lint.ts) or the importers (csv.ts, hsds.ts).
 * Exports `main` for bin/resource-finder.mjs and the core functions for tests.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Problem } from '../core/types.js';
import { validateBundle } from '../core/validate.js';
import { importCsv, locateCsv } from './csv.js';
import { importHsds } from './hsds.js';
import { dbCommand } from './db.js';
import { countLine, parseJson, printProblems, problemJson, readText, type Located } from './io.js';
import { lintBundle } from './lint.js';

export { checkAgainstSchema } from '../core/schema-check.js';
export { validateBundle, formatProblem, schema } from '../core/validate.js';
export { safeHref, phoneHref, isDiallable } from '../core/links.js';
export { lintBundle } from './lint.js';

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
  --strict           Treat warnings as errors (exit 1).
  --locale CODE      Language of the plain columns when importing (default: en).
  --title TEXT       Title of an imported bundle (default: "Resources").
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
      printProblems(problems, io.out);
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
      printProblems(problems, io.err);
    }
    if (!bundle || errorsIn(problems, strict)) {
      if (!o.json) io.err(`  FAILED: ${countLine(problems)}. Nothing was written: fix the errors and run again.`);
      return 1;
    }
    // Normalized (only what passed) and minified; "$schema" is kept so the output still names its format.
    const text = JSON.stringify(bundle);
    write(o.out, text);
    if (!o.json) io.err(`Wrote ${o.out} (${(Buffer.byteLength(text) / 1024).toFixed(1)} kB, ${bundle.resources.length} resources; ${countLine(problems)}).`);
    return 0;
  }

  if (command == 'import') {
    const [file] = files;
    if (o.from != 'csv' && o.from != 'hsds') return io.err('resource-finder import: say what the file is: --from csv or --from hsds.'), 2;
    if (!file || files.length > 1) return io.err('resource-finder import: give one input file.'), 2;
    const read = readText(file);
    if (!read.ok) return io.err(`${file}\n  error: ${read.message}`), 2;
    const meta = { locale: o.locale, title: o.title };
    let bundle;
    let problems: Located[];
    if (o.from == 'csv') {
      let result;
      try {
        result = importCsv(read.text, meta);
      } catch (e) {
        const err = e as Error & { lines?: number };
        return io.err(`${file}\n  error: not a readable CSV file${err.lines ? ` (near line ${err.lines})` : ''}: ${err.message}. Check for a quote " that is never closed.`), 2;
      }
      const checked = result.bundle ? allProblems(result.bundle) : { problems: [], bundle: null };
      problems = [...result.problems, ...checked.problems.map((p) => locateCsv(p, result))];
      bundle = result.bundle;
    } else {
      const parsed = parseJson(read.text, file);
      if (!parsed.ok) return io.err(`${file}\n  error: ${parsed.message}`), 2;
      const result = importHsds(parsed.value, meta);
      const checked = result.bundle ? allProblems(result.bundle) : { problems: [], bundle: null };
      problems = [...result.problems, ...checked.problems];
      bundle = result.bundle;
    }
    if (read.bom) problems.unshift({ severity: 'warning', code: 'bom', path: [], place: 'the file', message: 'starts with a byte-order mark (BOM)', fix: 'Nothing to do: it was ignored.' });
    if (o.json) io.err(JSON.stringify(problems.map(problemJson), null, 2));
    else if (problems.length) {
      io.err(file);
      printProblems(problems, io.err);
    }
    if (!bundle || errorsIn(problems, strict)) {
      if (!o.json) io.err(`  FAILED: ${countLine(problems)}. Nothing was written: fix the ${o.from == 'csv' ? 'spreadsheet' : 'file'} and run again.`);
      return 1;
    }
    const text = JSON.stringify(bundle, null, 2) + '\n';
    if (o.out) {
      write(o.out, text);
      if (!o.json) io.err(`Wrote ${o.out} (${bundle.resources.length} resources; ${countLine(problems)}).`);
    } else io.out(text.trimEnd());
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
