/**
 * `resource-finder db load FILE --database URL`: checks a bundle (or an HSDS 3.0 export, imported
 * first) and loads it into PostgreSQL for the search service (server/). Owns: this subcommand's
 * arguments, messages and exit codes. Does not own: the load itself (server/load.ts).
 */
import { importHsds } from './hsds.js';
import { countLine, parseJson, printProblems, readText } from './io.js';
import type { Bundle, Problem } from '../core/types.js';

interface Io { out: (s: string) => void; err: (s: string) => void }
export interface DbOptions { database?: string; force?: boolean; json?: boolean; strict?: boolean; locale?: string; title?: string }
type Checker = (doc: unknown) => { problems: Problem[]; bundle: Bundle | null };

const USAGE = 'resource-finder db load FILE --database postgres://USER@HOST/DB  (or set DATABASE_URL)';

/** Runs `db <sub> …`; returns the exit code (0 loaded or unchanged, 1 bundle errors or load failed, 2 usage or unreadable). */
export async function dbCommand(args: string[], o: DbOptions, check: Checker, io: Io): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub != 'load' || !file || rest.length) return io.err(`resource-finder db: usage: ${USAGE}`), 2;
  const url = o.database ?? process.env.DATABASE_URL;
  if (!url) return io.err(`resource-finder db load: say which database with --database URL or DATABASE_URL.\n  ${USAGE}`), 2;
  const read = readText(file);
  const parsed = read.ok ? parseJson(read.text, file) : read;
  if (!parsed.ok) return io.err(`${file}\n  error: ${parsed.message}`), 2;
  // A bundle has format_version; anything else is tried as an HSDS 3.0 export.
  let doc = parsed.value;
  if (!(doc && typeof doc == 'object' && 'format_version' in doc)) {
    const imported = importHsds(doc, { locale: o.locale, title: o.title });
    if (!imported.bundle) {
      printProblems(imported.problems, io.err);
      return io.err(`${file}: neither a bundle nor an HSDS export. Nothing was loaded.`), 1;
    }
    doc = imported.bundle;
  }
  const { problems, bundle } = check(doc);
  if (problems.length) {
    io.err(file);
    printProblems(problems, io.err);
  }
  if (!bundle || problems.some((p) => p.severity == 'error' || o.strict)) {
    return io.err(`  FAILED: ${countLine(problems)}. Nothing was loaded; the database keeps serving its current data.`), 1;
  }
  const { loadBundle } = await import('../../server/load.js');
  try {
    const r = await loadBundle(bundle, url, { force: o.force });
    if (o.json) io.out(JSON.stringify(r));
    else if (r.status == 'unchanged') io.err(`Unchanged: the database already serves this data (${r.services} services). Use --force to load it again.`);
    else io.err(`Loaded ${r.services} services in ${(r.ms / 1000).toFixed(1)} s; searches now see the new data.`);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    io.err(`resource-finder db load: the load failed${err.code ? ` (${err.code})` : ''}: ${err.message}\n  The database keeps serving its previous data.`);
    return 1;
  }
}
