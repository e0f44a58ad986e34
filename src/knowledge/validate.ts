// Pure checks over the knowledge tables: what a user's edit could break. Returns every problem
// found (never throws), so `readout knowledge validate` and the tests can print them all at once.
import { normalizeName } from './index.js';
import type { HistorianTrip } from './historian-trips.js';
import type { OfficeDef, Official, Term } from './types.js';

export type ProblemKind =
  | 'bad_record'
  | 'duplicate_id'
  | 'bad_date'
  | 'start_after_end'
  | 'unknown_office'
  | 'office_not_for_country'
  | 'unknown_country'
  | 'overlapping_terms'
  | 'ambiguous_alias'
  | 'stray_ambiguous_alias'
  | 'bad_rank'
  | 'bad_office'
  | 'trip_outside_term'
  | 'trip_person_unknown';

export interface Problem {
  kind: ProblemKind;
  /** Official id (or office id for office problems), when the problem belongs to one. */
  subject: string | null;
  message: string;
}

export interface ValidateInput {
  officials: Official[];
  offices: OfficeDef[];
  /** Every valid country or organisation code (ISO alpha-3 plus UNO, EUR, NATO …). */
  countryCodes: Iterable<string>;
  /** Historian trips of US Presidents and Secretaries of State to check against the terms. */
  trips?: HistorianTrip[];
  /** Trips of people missing from the knowledge are reported only from this date on (coverage start). */
  tripsSince?: string;
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Earliest and latest day a date of any precision can mean. */
const lo = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const hi = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const endLo = (t: Term) => (t.end === null ? '9999-12-31' : lo(t.end));

/**
 * Two terms overlap when each starts before the other ends. A shared boundary (one ends the day
 * the other starts, or both are given only to the same month) is a handover, not an overlap.
 */
export function termsOverlap(a: Term, b: Term): boolean {
  return lo(a.start) < endLo(b) && lo(b.start) < endLo(a);
}

export function validateKnowledge(input: ValidateInput): Problem[] {
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, subject: string | null, message: string) =>
    problems.push({ kind, subject, message });
  const countries = new Set(input.countryCodes);
  const offices = new Map<string, OfficeDef>();

  for (const o of input.offices) {
    if (offices.has(o.id)) add('duplicate_id', o.id, `office id "${o.id}" is defined twice`);
    offices.set(o.id, o);
    if (!Number.isInteger(o.rank) || o.rank < 1 || o.rank > 7)
      add('bad_rank', o.id, `office "${o.id}" has rank ${o.rank} (1–7)`);
    for (const p of o.phrases ?? []) {
      if (p !== p.toLowerCase()) add('bad_office', o.id, `office "${o.id}" phrase "${p}" must be lower-case`);
    }
    for (const c of o.countries ?? []) {
      if (!countries.has(c))
        add('unknown_country', o.id, `office "${o.id}" is limited to unknown country "${c}"`);
    }
  }

  const ids = new Set<string>();
  for (const p of input.officials) {
    const who = p?.id ?? null;
    if (
      !p ||
      typeof p.id !== 'string' ||
      typeof p.name !== 'string' ||
      !Array.isArray(p.aliases) ||
      !Array.isArray(p.terms)
    ) {
      add('bad_record', who, `official ${JSON.stringify(who)} needs id, name, aliases[] and terms[]`);
      continue;
    }
    if (ids.has(p.id)) add('duplicate_id', p.id, `official id "${p.id}" is used twice`);
    ids.add(p.id);
    if (!countries.has(p.country)) add('unknown_country', p.id, `${p.name}: unknown country "${p.country}"`);
    checkTerms(p, offices, countries, add);
    for (const a of p.ambiguous_aliases ?? []) {
      if (![p.name, ...p.aliases].some((x) => normalizeName(x) === normalizeName(a))) {
        add('stray_ambiguous_alias', p.id, `${p.name}: ambiguous alias "${a}" is not one of the aliases`);
      }
    }
  }

  checkAliases(
    input.officials.filter((p) => p && Array.isArray(p.terms) && Array.isArray(p.aliases)),
    add,
  );
  if (input.trips) checkTrips(input.officials, input.trips, input.tripsSince ?? '0000', add);
  return problems;
}

type Add = (kind: ProblemKind, subject: string | null, message: string) => void;

function checkTerms(p: Official, offices: Map<string, OfficeDef>, countries: Set<string>, add: Add): void {
  if (!p.terms.length) add('bad_record', p.id, `${p.name}: no terms`);
  p.terms.forEach((t, i) => {
    const where = `${p.name} term ${i + 1} (${t.office_id})`;
    const datesOk = DATE.test(t.start ?? '') && (t.end === null || DATE.test(t.end ?? ''));
    if (!datesOk)
      add(
        'bad_date',
        p.id,
        `${where}: dates must be YYYY[-MM[-DD]] and end null or a date (got ${t.start} – ${t.end})`,
      );
    else if (t.end !== null && lo(t.start) > hi(t.end))
      add('start_after_end', p.id, `${where}: starts ${t.start} after it ends ${t.end}`);
    const office = offices.get(t.office_id);
    if (!office) add('unknown_office', p.id, `${where}: office_id "${t.office_id}" is not in offices.json`);
    const party = t.org ?? p.country;
    if (t.org && !countries.has(t.org))
      add('unknown_country', p.id, `${where}: unknown organisation "${t.org}"`);
    if (office?.countries && !office.countries.includes(party)) {
      add(
        'office_not_for_country',
        p.id,
        `${where}: office "${office.id}" is limited to ${office.countries.join(', ')}, not ${party}`,
      );
    }
    if (t.rank !== undefined && (!Number.isInteger(t.rank) || t.rank < 1 || t.rank > 7))
      add('bad_rank', p.id, `${where}: rank ${t.rank} (1–7)`);
    if (!t.office) add('bad_record', p.id, `${where}: no office title`);
  });
  for (let i = 0; i < p.terms.length; i++) {
    for (let j = i + 1; j < p.terms.length; j++) {
      const [a, b] = [p.terms[i], p.terms[j]];
      if (a.office_id === b.office_id && DATE.test(a.start) && DATE.test(b.start) && termsOverlap(a, b)) {
        add(
          'overlapping_terms',
          p.id,
          `${p.name}: two ${a.office_id} terms overlap (${a.start}–${a.end ?? 'now'} and ${b.start}–${b.end ?? 'now'})`,
        );
      }
    }
  }
}

/** Every alias names one official at any date, unless every official sharing it marks it ambiguous. */
function checkAliases(officials: Official[], add: Add): void {
  const byAlias = new Map<string, Array<{ o: Official; written: string }>>();
  for (const o of officials) {
    for (const a of new Set([o.name, ...o.aliases])) {
      const key = normalizeName(a);
      const list = byAlias.get(key) ?? [];
      if (!list.some((x) => x.o === o)) list.push({ o, written: a });
      byAlias.set(key, list);
    }
  }
  for (const [key, list] of byAlias) {
    if (list.length < 2) continue;
    const marked = (o: Official) => (o.ambiguous_aliases ?? []).some((a) => normalizeName(a) === key);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].o, list[j].o];
        const clash = a.terms.find((ta) => b.terms.some((tb) => termsOverlap(ta, tb)));
        if (!clash || (marked(a) && marked(b))) continue;
        const unmarked = [a, b].filter((o) => !marked(o)).map((o) => o.id);
        add(
          'ambiguous_alias',
          unmarked[0],
          `"${list[i].written}" names both ${a.name} and ${b.name} in ${clash.start.slice(0, 4)}; list it in ambiguous_aliases of ${unmarked.join(' and ')}`,
        );
      }
    }
  }
}

const TRIP_OFFICE: Record<string, string> = {
  president: 'head_of_state',
  secretary: 'us_secretary_of_state',
};

/** Each trip lies inside a term of the matching official (by name or alias) for the trip's role. */
function checkTrips(officials: Official[], trips: HistorianTrip[], since: string, add: Add): void {
  const byName = new Map<string, Official[]>();
  for (const o of officials.filter((x) => x.country === 'USA')) {
    for (const n of new Set([o.name, ...o.aliases].map(normalizeName)))
      byName.set(n, [...(byName.get(n) ?? []), o]);
  }
  const reported = new Set<string>();
  for (const trip of trips) {
    const officeId = TRIP_OFFICE[trip.role];
    if (!officeId) continue;
    const candidates = (byName.get(normalizeName(trip.name)) ?? []).filter((o) =>
      o.terms.some((t) => t.office_id === officeId),
    );
    if (!candidates.length) {
      if (trip.end >= since && !reported.has(trip.name)) {
        reported.add(trip.name);
        add(
          'trip_person_unknown',
          null,
          `no ${officeId} in the knowledge is named "${trip.name}" (trip of ${trip.start} to ${trip.country})`,
        );
      }
      continue;
    }
    const inside = candidates.some((o) =>
      o.terms.some(
        (t) =>
          t.office_id === officeId && lo(t.start) <= trip.start && (t.end === null || trip.end <= hi(t.end)),
      ),
    );
    if (!inside) {
      add(
        'trip_outside_term',
        candidates[0].id,
        `${trip.name}'s trip of ${trip.start}–${trip.end} to ${trip.country} (${trip.locale}) falls outside every ${officeId} term`,
      );
    }
  }
}
