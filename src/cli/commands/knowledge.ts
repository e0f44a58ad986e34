// `readout knowledge list|search TEXT|validate`: look into the officials and offices Readout knows,
// and check a knowledge folder (the shipped one, or a user's --dir) before using it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { badInput, usage } from '../../errors.js';
import { parseHistorianTrips, type HistorianTrip } from '../../knowledge/historian-trips.js';
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { knowledgeDir, loadKnowledge, readJsonl } from '../../knowledge/load.js';
import { findOfficials, officialRows, officialTable, type OfficialQuery } from '../../knowledge/query.js';
import type { OfficeDef, Official } from '../../knowledge/types.js';
import { validateKnowledge } from '../../knowledge/validate.js';

interface Flags {
  country?: string;
  date?: string;
  format: string;
  dir?: string;
  /** A folder, or false with --no-historian. */
  historian?: string | boolean;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function register(program: Command): void {
  const cmd = program
    .command('knowledge')
    .description('List, search and validate the officials and offices Readout knows');
  const common = (c: Command) =>
    c
      .option(
        '--country <code>',
        'only this country or organisation (alpha-3, alpha-2, name, or UNO, EUR, NATO …)',
      )
      .option('--date <date>', 'only officials in office on this date (YYYY, YYYY-MM or YYYY-MM-DD)')
      .option('--format <format>', 'table or json', 'table')
      .option(
        '--dir <dir>',
        'read officials.jsonl and offices.json from this folder instead of the shipped ones',
      );
  common(cmd.command('list').description('officials, one row per office held')).action((flags: Flags) =>
    list(flags),
  );
  common(cmd.command('search <text>').description('officials whose name or an alias contains TEXT')).action(
    (text: string, flags: Flags) => list(flags, text),
  );
  common(cmd.command('validate').description('check the knowledge files; exits 1 when a problem is found'))
    .option(
      '--historian <dir>',
      "the Historian's travels folder, to check trips against terms (default ../shared/… when present)",
    )
    .option('--no-historian', 'skip the check of Historian trips (for a folder that covers other countries)')
    .action((flags: Flags) => validate(flags));
}

/** The shipped knowledge, with officials and offices replaced by a user folder's when --dir is given. */
function knowledge(dir?: string): { kb: KnowledgeIndex; officials: Official[]; offices: OfficeDef[] } {
  const kb = loadKnowledge();
  if (!dir) return { kb, officials: kb.knowledge.officials, offices: kb.knowledge.offices };
  if (!existsSync(dir)) throw badInput(`--dir ${dir}: no such folder`);
  const officialsPath = join(dir, 'officials.jsonl');
  const officesPath = join(dir, 'offices.json');
  if (!existsSync(officialsPath) && !existsSync(officesPath))
    throw badInput(`--dir ${dir}: neither officials.jsonl nor offices.json is there`);
  let officials = kb.knowledge.officials;
  if (existsSync(officialsPath)) {
    try {
      officials = readJsonl<Official>(officialsPath);
    } catch (err) {
      // A user's file that is not JSON Lines is bad input (exit 1), not a broken installation.
      throw badInput((err as Error).message);
    }
  }
  let offices = kb.knowledge.offices;
  if (existsSync(officesPath)) {
    try {
      offices = (JSON.parse(readFileSync(officesPath, 'utf8')) as { offices: OfficeDef[] }).offices;
    } catch (err) {
      throw badInput(`${officesPath}: not JSON: ${(err as Error).message}`);
    }
  }
  return { kb, officials, offices };
}

function query(kb: KnowledgeIndex, flags: Flags, text?: string): OfficialQuery {
  if (flags.format !== 'table' && flags.format !== 'json')
    throw usage(`--format must be table or json, not "${flags.format}"`);
  if (flags.date && !DATE.test(flags.date))
    throw usage(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, not "${flags.date}"`);
  let country: string | undefined;
  if (flags.country) {
    country = kb.resolveCountry(flags.country);
    if (!country) throw usage(`--country: unknown country or organisation "${flags.country}"`);
  }
  return { country, date: flags.date, text };
}

function list(flags: Flags, text?: string): void {
  const { kb, officials } = knowledge(flags.dir);
  const q = query(kb, flags, text);
  const view = flags.dir ? { ...kb, knowledge: { ...kb.knowledge, officials } } : kb;
  const found = findOfficials(view, q);
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
  else if (!found.length) process.stderr.write('no official matches\n');
  else process.stdout.write(officialTable(officialRows(kb, found, q.date)));
}

function historianDir(flag?: string | boolean): string | null {
  if (flag === false) return null;
  if (typeof flag === 'string') {
    if (!existsSync(join(flag, 'president-travels')))
      throw badInput(`--historian ${flag}: no president-travels folder there`);
    return flag;
  }
  const shared = join(
    dirname(knowledgeDir()),
    '..',
    'shared',
    'data',
    'anchors',
    'state-dept-historian',
    'travels',
  );
  return existsSync(shared) ? shared : null;
}

function readTrips(dir: string): HistorianTrip[] {
  return ['president-travels', 'secretary-travels']
    .filter((d) => existsSync(join(dir, d)))
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(dir, d, f)),
    )
    .flatMap((f) => parseHistorianTrips(readFileSync(f, 'utf8')));
}

function validate(flags: Flags): void {
  const { kb, officials, offices } = knowledge(flags.dir);
  query(kb, flags);
  const tripsDir = historianDir(flags.historian);
  const trips = tripsDir ? readTrips(tripsDir) : undefined;
  const problems = validateKnowledge({
    officials,
    offices,
    countryCodes: kb.knowledge.countries.map((c) => c.code),
    trips,
    tripsSince: '2000-01-01',
  });
  const terms = officials.reduce((n, o) => n + (Array.isArray(o.terms) ? o.terms.length : 0), 0);
  const summary = {
    officials: officials.length,
    countries: new Set(officials.map((o) => o.country)).size,
    terms,
    offices: offices.length,
    historian_trips_checked: trips?.length ?? null,
    problems: problems.length,
  };
  if (flags.format === 'json')
    process.stdout.write(`${JSON.stringify({ ...summary, details: problems }, null, 2)}\n`);
  else {
    for (const p of problems) process.stdout.write(`${p.kind}\t${p.subject ?? '-'}\t${p.message}\n`);
    const tripNote = trips
      ? `, ${trips.length} Historian trips checked`
      : flags.historian === false
        ? ''
        : ', Historian trips not checked (travels folder not found)';
    process.stdout.write(
      `${summary.officials} officials, ${summary.countries} countries and organisations, ${terms} terms, ${offices.length} offices${tripNote}: ${problems.length ? `${problems.length} problems` : 'valid'}\n`,
    );
  }
  if (problems.length)
    throw badInput(`knowledge is not valid: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
}
