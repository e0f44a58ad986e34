// Pure: decides whether two events tell the same exchange, and what a new telling adds to a stored
// one. The store calls these inside its transaction; keeping them pure keeps the rules testable.
import type { ExchangeEvent, Participant } from '../types.js';
import { dateKeys, dayDiff, finer, isDay } from './dates.js';

export interface Verdict {
  same: boolean;
  /** Why, for debugging a merge that should or should not have happened. */
  reason: string;
}

/** Countries an exchange is between: its participants' and its host's, sorted. */
export function countrySet(e: Pick<ExchangeEvent, 'participants' | 'host_country'>): string[] {
  const set = new Set<string>();
  for (const p of e.participants) if (p.country) set.add(p.country);
  if (e.host_country) set.add(e.host_country);
  return [...set].sort();
}

/**
 * Events that could be the same exchange share this key (same type, same countries). The store
 * locks on it, so two writers merging one exchange at once are serialised.
 */
export function mergeKey(e: ExchangeEvent): string {
  return `${e.type}|${countrySet(e).join(',')}`;
}

export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "Blinken" names "Antony Blinken": the tokens of one name are a subset of the other's. */
export function namesMatch(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [small, big] = ta.length <= tb.length ? [ta, new Set(tb)] : [tb, new Set(ta)];
  return small.every((t) => big.has(t));
}

function identicalParticipants(a: Participant[], b: Participant[]): boolean {
  const key = (p: Participant) => `${p.country ?? ''}|${p.name ? nameTokens(p.name).join(' ') : ''}`;
  const ka = a.map(key).sort();
  const kb = b.map(key).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/**
 * Each country's side must be compatible: when both tellings name people of that country, one
 * of them must be the same person; an unnamed side ("the Chinese delegation") matches by country.
 */
function sidesOverlap(a: Participant[], b: Participant[], countries: string[]): string | null {
  for (const c of countries) {
    const na = a.filter((p) => p.country === c && p.name).map((p) => p.name as string);
    const nb = b.filter((p) => p.country === c && p.name).map((p) => p.name as string);
    if (!na.length || !nb.length) continue;
    if (!na.some((x) => nb.some((y) => namesMatch(x, y)))) return `no named ${c} participant in common`;
  }
  return null;
}

/**
 * Dates agree when their periods overlap ('2023-06' and '2023-06-18'); two day dates may also be
 * a day apart, because time zones and overnight arrivals make honest reports differ by one day.
 */
export function datesAgree(
  a: Pick<ExchangeEvent, 'date' | 'end_date'>,
  b: Pick<ExchangeEvent, 'date' | 'end_date'>,
): boolean {
  if (!a.date || !b.date) return false;
  const ka = dateKeys(a.date, a.end_date);
  const kb = dateKeys(b.date, b.end_date);
  const slack = isDay(a.date) && isDay(b.date) ? 1 : 0;
  return dayDiff(ka.end, kb.start) <= slack && dayDiff(kb.end, ka.start) <= slack;
}

export function sameExchange(a: ExchangeEvent, b: ExchangeEvent): Verdict {
  if (a.type !== b.type) return { same: false, reason: `types differ (${a.type}, ${b.type})` };
  // A trip announced and the trip made are different facts of the record (CAMEO 036 vs 042).
  if (a.status !== b.status) return { same: false, reason: `statuses differ (${a.status}, ${b.status})` };
  const ca = countrySet(a);
  const cb = countrySet(b);
  if (ca.join(',') !== cb.join(',')) return { same: false, reason: `countries differ (${ca}; ${cb})` };
  if (a.host_country && b.host_country && a.host_country !== b.host_country)
    return { same: false, reason: `hosts differ (${a.host_country}, ${b.host_country})` };
  if (!a.date || !b.date || !ca.length) {
    // Without a date (or a country to tell sides by) only the very same people show one exchange.
    return identicalParticipants(a.participants, b.participants)
      ? { same: true, reason: 'undated or countryless, identical participants' }
      : { same: false, reason: 'undated or countryless, participants not identical' };
  }
  const sides = sidesOverlap(a.participants, b.participants, ca);
  if (sides) return { same: false, reason: sides };
  if (!datesAgree(a, b)) return { same: false, reason: `dates disagree (${a.date}, ${b.date})` };
  return { same: true, reason: 'same type, status, countries and people; dates agree' };
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * What a new telling adds to a stored event: a finer date, and the fields the stored event lacks
 * (location, host, duration, topics, tone, codes, names of unnamed sides). Never overwrites what
 * is there. Returns null when nothing changes.
 */
export function fillFrom(stored: ExchangeEvent, incoming: ExchangeEvent): ExchangeEvent | null {
  const out: ExchangeEvent = { ...stored, participants: stored.participants.map((p) => ({ ...p })) };
  let changed = false;
  const date =
    stored.date && incoming.date && datesAgree(stored, incoming)
      ? finer(stored.date, incoming.date)
      : (stored.date ?? incoming.date);
  if (date !== stored.date) {
    out.date = date;
    changed = true;
  }
  const fields = [
    'end_date',
    'host_country',
    'location',
    'duration_minutes',
    'topics',
    'tone',
    'date_disputed',
    'cameo',
    'plover',
    'goldstein',
  ] as const;
  for (const f of fields) {
    if (isEmpty(stored[f]) && !isEmpty(incoming[f])) {
      (out as unknown as Record<string, unknown>)[f] = incoming[f];
      changed = true;
    }
  }
  if (mergeParticipants(out.participants, incoming.participants)) changed = true;
  const rank = bestRank(out.participants);
  if (rank !== out.rank && rank !== null) {
    out.rank = rank;
    changed = true;
  }
  return changed ? out : null;
}

/** Adds people the stored event lacks; a named person fills an unnamed side of the same country. */
function mergeParticipants(into: Participant[], from: Participant[]): boolean {
  let changed = false;
  for (const p of from) {
    if (!p.name) continue;
    const same = into.find((q) => q.name && q.country === p.country && namesMatch(q.name, p.name as string));
    if (same) {
      if (nameTokens(p.name).length > nameTokens(same.name as string).length) {
        same.name = p.name;
        changed = true;
      }
      if (same.role === null && p.role !== null) {
        same.role = p.role;
        changed = true;
      }
      if (same.rank === null && p.rank !== null) {
        same.rank = p.rank;
        changed = true;
      }
      continue;
    }
    const unnamed = into.find((q) => !q.name && q.country === p.country);
    if (unnamed)
      Object.assign(unnamed, { name: p.name, role: unnamed.role ?? p.role, rank: p.rank ?? unnamed.rank });
    else into.push({ ...p });
    changed = true;
  }
  return changed;
}

export function bestRank(ps: Participant[]): number | null {
  const ranks = ps.map((p) => p.rank).filter((r): r is number => typeof r === 'number');
  return ranks.length ? Math.min(...ranks) : null;
}
