// Pure helpers claim finders share: the combined evidence, the event a claim is about, and
// compact forms of events for a finding's `because`.
import type { ExchangeEvent, Participant, Span } from '../../types.js';
import type { Official } from '../../knowledge/types.js';
import { eventDate } from '../dates.js';
import { sameExchange, samePerson } from '../events.js';
import type { CheckContext } from './types.js';
import { lines, type Sentence } from './text.js';

const merged = new WeakMap<ExchangeEvent[], WeakMap<ExchangeEvent[], ExchangeEvent[]>>();

/** The record's events plus the article's own events that the record does not already hold. */
export function allEvents(ctx: CheckContext): ExchangeEvent[] {
  // Every finding asks for the same union; compute it once per (record, article events) pair.
  let byArticle = merged.get(ctx.recordEvents);
  if (!byArticle) merged.set(ctx.recordEvents, (byArticle = new WeakMap()));
  const hit = byArticle.get(ctx.articleEvents);
  if (hit) return hit;
  const extra = ctx.articleEvents.filter(
    (a) => !ctx.recordEvents.some((r) => r.type === a.type && sameExchange(r, a)),
  );
  const out = [...ctx.recordEvents, ...extra];
  byArticle.set(ctx.articleEvents, out);
  return out;
}

function overlaps(e: ExchangeEvent, s: { start: number; end: number }): boolean {
  return e.evidence.some((v) => v.start < s.end && v.end > s.start);
}

/**
 * Candidate events for a claim, nearest first: those stated in the claim's sentence, then in its
 * line, then (for a list heading) in the line below, then in the line above.
 */
export function nearbyEvents(
  ctx: CheckContext,
  sentence: Sentence,
  ok: (e: ExchangeEvent) => boolean,
): ExchangeEvent[] {
  const ls = lines(ctx.article.text);
  const at = ls.findIndex((l) => l.index === sentence.line);
  const tiers: Array<{ start: number; end: number }> = [sentence];
  if (at >= 0) {
    tiers.push(ls[at]);
    if (ls[at + 1]) tiers.push(ls[at + 1]);
    if (ls[at - 1]) tiers.push(ls[at - 1]);
  }
  const seen = new Set<ExchangeEvent>();
  const out: ExchangeEvent[] = [];
  for (const t of tiers) {
    const hits = ctx.articleEvents.filter((e) => ok(e) && overlaps(e, t) && !seen.has(e));
    // Inside one tier, the event stated closest before the claim's end comes first.
    hits.sort((a, b) => distance(a, sentence) - distance(b, sentence));
    for (const h of hits) {
      seen.add(h);
      out.push(h);
    }
  }
  return out;
}

function distance(e: ExchangeEvent, s: { start: number; end: number }): number {
  const v = e.evidence[0];
  if (!v) return Number.MAX_SAFE_INTEGER;
  if (v.start < s.end && v.end > s.start) return 0;
  return v.end <= s.start ? s.start - v.end : v.start - s.end + 1_000_000;
}

/** Officials named in a stretch of text (by name or alias), in order of appearance. */
export function officialsNamed(ctx: CheckContext, text: string): Official[] {
  const out: Official[] = [];
  const re = /[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = m[0].split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    // Longest name inside the run first: "Vice Premier Liu He" holds "Liu He", not "Liu" and "He".
    for (let i = 0; i < words.length;) {
      let hit = 0;
      for (let j = words.length; j > i && !hit; j--) {
        const found = ctx.kb.officialsByAlias(words.slice(i, j).join(' '));
        if (found.length) {
          if (!out.includes(found[0])) out.push(found[0]);
          hit = j - i;
        }
      }
      i += hit || 1;
    }
  }
  return out;
}

export function isOfficial(p: Participant, o: Official): boolean {
  if (!p.name) return false;
  if (samePerson(p.name, o.name)) return true;
  return o.aliases.some((a) => a.toLowerCase() === p.name!.toLowerCase());
}

/** A participant's rank, from the event or else from knowledge of their office at the date. */
export function rankOf(ctx: CheckContext, p: Participant, date: string | null): number | null {
  if (p.rank !== null && p.rank !== undefined) return p.rank;
  if (!p.name) return null;
  const o = ctx.kb.officialsByAlias(p.name)[0];
  const t = o ? ctx.kb.termAt(o, date) : undefined;
  return o && t ? ctx.kb.termRank(t, o.country) : null;
}

/** An event as a finding's `because` shows it: small, with its id when stored. */
export function cite(e: ExchangeEvent): Record<string, unknown> {
  return {
    ...(e.id ? { id: e.id } : {}),
    type: e.type,
    status: e.status,
    date: eventDate(e),
    ...(e.end_date ? { end_date: e.end_date } : {}),
    ...(e.date_disputed
      ? { date_disputed: { as_written: e.date_disputed.as_written, inferred: e.date_disputed.inferred } }
      : {}),
    participants: e.participants.map((p) => ({
      name: p.name,
      role: p.role,
      country: p.country,
      rank: p.rank,
    })),
    host_country: e.host_country,
    location: e.location?.city ?? null,
    source: e.sources?.length
      ? e.sources.map((s) => s.outlet ?? s.url ?? s.document)
      : e.id
        ? 'record'
        : 'article',
    ...(e.evidence[0] ? { evidence: e.evidence[0].text } : {}),
  };
}

export function citeSpan(s: Span): Record<string, unknown> {
  return { start: s.start, end: s.end, text: s.text };
}
