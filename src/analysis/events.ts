// Pure predicates over events that every question shares: who is on which side, how senior a
// side is, whether two events tell one exchange, and date order.
import type { ExchangeEvent, Participant } from '../types.js';
import { endOf, eventDate, eventEnd, startOf, toDay } from './dates.js';

/** Countries taking part: participants' countries, and the host of a visit (its other side). */
export function sidesOf(e: ExchangeEvent): Set<string> {
  const s = new Set<string>();
  for (const p of e.participants) if (p.country) s.add(p.country);
  if (e.type === 'visit' && e.host_country) s.add(e.host_country);
  return s;
}

/** True when the event is an exchange between a and b (or any exchange of a when b is absent). */
export function involves(e: ExchangeEvent, a: string, b?: string | null): boolean {
  // sidesOf(e) has a and b, without building the set (every question asks this of every event).
  return hasSide(e, a) && (!b || hasSide(e, b));
}

function hasSide(e: ExchangeEvent, c: string): boolean {
  if (c === '') return false;
  if (e.type === 'visit' && e.host_country === c) return true;
  for (const p of e.participants) if (p.country === c) return true;
  return false;
}

/** Best (lowest) rank among a country's participants; null when none is ranked. */
export function sideRank(e: ExchangeEvent, country: string): number | null {
  let best: number | null = null;
  for (const p of e.participants) {
    if (p.country === country && p.rank !== null && (best === null || p.rank < best)) best = p.rank;
  }
  return best;
}

export function eventRank(e: ExchangeEvent): number | null {
  if (e.rank !== null && e.rank !== undefined) return e.rank;
  const ranks = e.participants.map((p) => p.rank).filter((r): r is number => r !== null);
  return ranks.length ? Math.min(...ranks) : null;
}

/**
 * A senior contact between a and b (DESIGN.md "Rank"): a participant of rank ≤ 3 on each side.
 * A visit's host side is the host country itself: the visit is a contact with it when the visitor
 * is senior and the host side is unnamed (a trip record lists only the traveller).
 */
export function isSeniorContact(e: ExchangeEvent, a: string, b: string, maxRank = 3): boolean {
  if (!involves(e, a, b)) return false;
  const ra = sideRank(e, a);
  const rb = sideRank(e, b);
  const ok = (r: number | null) => r !== null && r <= maxRank;
  if (ok(ra) && ok(rb)) return true;
  if (e.type === 'visit') {
    const visitorSide = e.host_country === b ? a : e.host_country === a ? b : null;
    const hostSide = visitorSide === a ? b : a;
    const hostNamed = e.participants.some((p) => p.country === hostSide);
    if (visitorSide && !hostNamed && ok(sideRank(e, visitorSide))) return true;
  }
  return false;
}

/** A visit by an official of `visitor` to `host`. */
export function isVisitBy(e: ExchangeEvent, visitor: string, host: string): boolean {
  return e.type === 'visit' && e.host_country === host && e.participants.some((p) => p.country === visitor);
}

export function visitorsOf(e: ExchangeEvent, visitor: string): Participant[] {
  return e.participants.filter((p) => p.country === visitor);
}

export const IN_PERSON: ReadonlySet<string> = new Set(['visit', 'meeting', 'handshake']);

/** Sorts by effective date (undated last), then by id for a stable order. */
export function byDate(a: ExchangeEvent, b: ExchangeEvent): number {
  const da = eventDate(a);
  const db = eventDate(b);
  if (da !== db) {
    if (!da) return 1;
    if (!db) return -1;
    const sa = startOf(da);
    const sb = startOf(db);
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  return String(a.id ?? '').localeCompare(String(b.id ?? ''));
}

const ASCII = /^[\x00-\x7f]*$/;

/** Normalised name for comparing people across sources ("Antony John Blinken" vs "Antony Blinken"). */
export function personKey(name: string | null): string | null {
  if (!name) return null;
  let key = keys.get(name);
  if (key === undefined) {
    // Bounded: a long-running server sees every name of its record in time.
    if (keys.size >= 4096) keys.clear();
    key = keyOf(name);
    keys.set(name, key);
  }
  return key;
}

// Names recur (one official, many events), and deduplicating a pair's visits compares each visit's
// people with its neighbours'.
const keys = new Map<string, string | null>();

function keyOf(name: string): string | null {
  // Plain ASCII (most names) has no accents to strip: NFKD would return it unchanged.
  const folded = ASCII.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(jr|sr|ii|iii|iv|mr|mrs|ms|dr)$/.test(w));
  if (!words.length) return null;
  return `${words[0]} ${words[words.length - 1]}`;
}

/** Same person: full keys agree, or surnames agree when one side gives only a surname. */
export function samePerson(a: string | null, b: string | null): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const sa = ka.split(' ')[1];
  const sb = kb.split(' ')[1];
  const single = (n: string | null) => !!n && n.trim().split(/\s+/).length === 1;
  return sa === sb && (single(a) || single(b));
}

/**
 * Two events tell one exchange (DESIGN.md "How exchanges are counted"): same type, same host,
 * a shared named participant (or the same sides when unnamed), and dates that agree — one day
 * apart counts, and a date inside the other's start..end range counts.
 */
export function sameExchange(a: ExchangeEvent, b: ExchangeEvent): boolean {
  if (a === b) return true;
  if (a.id && b.id && a.id === b.id) return true;
  if (a.type !== b.type) return false;
  if ((a.host_country ?? null) !== (b.host_country ?? null)) return false;
  const named = a.participants.some((p) =>
    b.participants.some((q) => p.name && q.name && samePerson(p.name, q.name)),
  );
  if (!named) {
    const sa = [...sidesOf(a)].sort().join();
    const sb = [...sidesOf(b)].sort().join();
    const anyNamed = a.participants.some((p) => p.name) && b.participants.some((p) => p.name);
    if (anyNamed || sa !== sb) return false;
  }
  return datesAgree(a, b);
}

export function datesAgree(a: ExchangeEvent, b: ExchangeEvent): boolean {
  const da = eventDate(a);
  const db = eventDate(b);
  if (!da || !db) return false;
  const aLo = toDay(startOf(da)) - 1;
  const aHi = toDay(eventEnd(a) ?? endOf(da)) + 1;
  const bLo = toDay(startOf(db));
  const bHi = toDay(eventEnd(b) ?? endOf(db));
  return bLo <= aHi && bHi >= aLo;
}

/** Events from several lists with one copy per exchange (the first list wins). */
export function uniqueExchanges(...lists: ExchangeEvent[][]): ExchangeEvent[] {
  const out: ExchangeEvent[] = [];
  for (const list of lists) for (const e of list) if (!out.some((o) => sameExchange(o, e))) out.push(e);
  return out;
}
