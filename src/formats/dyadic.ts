// Pure: one coded dyadic row (ICEWS, GDELT: source actor, CAMEO code, target actor, date) → an
// exchange of the record, or null when the row is no exchange between two countries' officials.
// Mirrored rows (A visits B / B hosts A; A meets B / B meets A) come out as the same event, and
// dedupeMirrored() folds them into one.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { CodeTable } from '../knowledge/types.js';
import type { EventStatus, EventType, ExchangeEvent, Location, Participant } from '../types.js';

export interface DyadActor {
  /** Alpha-3 or organisation code, already resolved. */
  country: string | null;
  /** As the dataset writes it: a person ("Barack Obama"), or a collective ("Government (China)"). */
  name: string | null;
}

export interface DyadRow {
  code: string;
  /** YYYY-MM-DD */
  date: string;
  source: DyadActor;
  target: DyadActor;
  goldstein: number | null;
  location: Location | null;
}

interface CodeMeaning {
  type: EventType;
  status: EventStatus;
  /** Which side hosts: the target (042 make a visit), the source (043 host a visit), or the place. */
  host: 'target' | 'source' | 'place';
  /** The code stored: a visit is coded for the visitor's side (DESIGN.md). */
  stored: string;
  reason: string;
}

// CAMEO codes that are exchanges in Readout's sense. 045 (mediate) is left out: the mediator's
// talks are with each party, not an exchange between the two the row names.
export const CAMEO_EXCHANGES: Record<string, CodeMeaning> = {
  '036': {
    type: 'meeting',
    status: 'planned',
    host: 'place',
    stored: '036',
    reason: 'express intent to meet',
  },
  '040': { type: 'meeting', status: 'occurred', host: 'place', stored: '040', reason: 'consult' },
  '041': {
    type: 'phone_call',
    status: 'occurred',
    host: 'place',
    stored: '041',
    reason: 'discuss by telephone',
  },
  '042': { type: 'visit', status: 'occurred', host: 'target', stored: '042', reason: 'make a visit' },
  '043': { type: 'visit', status: 'occurred', host: 'source', stored: '042', reason: 'host a visit' },
  '044': {
    type: 'meeting',
    status: 'occurred',
    host: 'place',
    stored: '044',
    reason: 'meet at a third location',
  },
  '046': {
    type: 'meeting',
    status: 'occurred',
    host: 'place',
    stored: '046',
    reason: 'engage in negotiation',
  },
};

/** "36" and "42" as some exports write them → "036", "042". */
export function normalizeCameo(code: string): string {
  const c = code.trim();
  return /^[34]\d$/.test(c) ? `0${c}` : c;
}

/** A person the knowledge knows on that date gets their full name, office and rank. */
function participant(a: DyadActor, date: string, kb?: KnowledgeIndex): Participant {
  const name = a.name?.trim() || null;
  if (name && kb) {
    const matches = kb
      .officialsByAliasAt(titleCase(name), date)
      .filter((o) => !a.country || o.country === a.country);
    if (matches.length === 1) {
      const o = matches[0];
      const term = kb.termAt(o, date);
      return {
        name: o.name,
        role: term?.office ?? null,
        country: a.country,
        rank: term ? kb.termRank(term, o.country) : null,
      };
    }
  }
  // "Government (China)", "UNITED STATES", "PRESIDENT": a side, not a person.
  const person = name && !/[()]/.test(name) && /\s/.test(name) && !/^[A-Z\s]+$/.test(name) ? name : null;
  return { name: person, role: null, country: a.country, rank: null };
}

const titleCase = (s: string) =>
  /^[A-Z\s.'-]+$/.test(s) ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s;

export function rowToEvent(
  row: DyadRow,
  opts: { kb?: KnowledgeIndex; codes?: CodeTable } = {},
): ExchangeEvent | null {
  const code = normalizeCameo(row.code);
  const meaning = CAMEO_EXCHANGES[code];
  if (!meaning) return null;
  const { source, target } = row;
  if (!source.country || !target.country || source.country === target.country) return null;
  const s = participant(source, row.date, opts.kb);
  const t = participant(target, row.date, opts.kb);
  const host =
    meaning.host === 'target'
      ? target.country
      : meaning.host === 'source'
        ? source.country
        : (row.location?.country ?? null);
  // Visitor first, host second, so mirrored rows list people in the same order.
  const participants = meaning.host === 'source' ? [t, s] : [s, t];
  const ranks = participants.map((p) => p.rank).filter((r): r is number => r !== null);
  const def = opts.codes?.[meaning.stored];
  return {
    type: meaning.type,
    status: meaning.status,
    certainty: 'stated',
    participants,
    host_country: host,
    location: row.location,
    date: row.date,
    end_date: null,
    duration_minutes: null,
    topics: [],
    tone: null,
    evidence: [],
    cameo: meaning.stored,
    plover: def?.plover?.event ? { event: def.plover.event, mode: def.plover.mode } : null,
    // The row's own score is for the row's code; a 043 stored as 042 takes 042's score.
    goldstein:
      code === meaning.stored ? (row.goldstein ?? def?.goldstein ?? null) : (def?.goldstein ?? row.goldstein),
    rank: ranks.length ? Math.min(...ranks) : null,
  };
}

/** Same exchange told by mirrored or repeated rows: type, status, day, host and the same sides. */
function mirrorKey(e: ExchangeEvent): string {
  const sides = e.participants.map((p) => `${p.country}:${p.name ?? ''}`).sort();
  return [e.type, e.status, e.date, e.host_country ?? '', ...sides].join('|');
}

/** Folds mirrored and repeated rows into one event, keeping what any of them adds (a place, a name's office). */
export function dedupeMirrored(events: ExchangeEvent[]): ExchangeEvent[] {
  const byKey = new Map<string, ExchangeEvent>();
  for (const e of events) {
    const key = mirrorKey(e);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, e);
      continue;
    }
    kept.location ??= e.location;
    kept.plover ??= e.plover;
    kept.goldstein ??= e.goldstein;
    for (const p of kept.participants) {
      const other = e.participants.find((q) => q.country === p.country && q.name === p.name);
      if (other) {
        p.role ??= other.role;
        p.rank ??= other.rank;
      }
    }
  }
  return [...byKey.values()];
}
