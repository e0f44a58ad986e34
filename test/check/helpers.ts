// Test helpers: events built by hand (or from a gold file) in the shape extract() returns.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { CoverageClaim, ExchangeEvent, Participant } from '../../src/types.js';
import { event, span } from '../record/fixtures.js';

export const SHARED = join(process.cwd(), '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'data', 'seed', 'claims.jsonl'));

let n = 0;
/** An event with sensible defaults; `evidence` is located in `text` when given as a string. */
export function ev(
  partial: Partial<Omit<ExchangeEvent, 'evidence' | 'participants'>> & {
    participants: Array<Partial<Participant> & { name: string | null }>;
    evidence?: string;
  },
  text = '',
): ExchangeEvent {
  const kb = loadKnowledge();
  const date = partial.date ?? null;
  const participants = partial.participants.map((p) => {
    const o = p.name ? kb.officialsByAlias(p.name)[0] : undefined;
    const t = o ? kb.termAt(o, date) : undefined;
    return {
      name: p.name,
      role: p.role ?? t?.office ?? null,
      country: p.country ?? o?.country ?? null,
      rank: p.rank !== undefined ? p.rank : o && t ? kb.termRank(t, o.country) : null,
    };
  });
  const { evidence: phrase, ...rest } = partial;
  return event({
    ...rest,
    date,
    participants,
    evidence: phrase ? [span(text, phrase)] : [],
    id: partial.id ?? `t${++n}`,
  });
}

export function cov(
  countries: string[],
  since: string | null,
  extra: Partial<CoverageClaim> = {},
): CoverageClaim {
  return { countries, since, until: null, max_rank: null, evidence: [], ...extra };
}

interface GoldEvent {
  type: ExchangeEvent['type'];
  status: ExchangeEvent['status'];
  participants: Array<{ name: string | null; role: string | null; country: string | null }>;
  host_country: string | null;
  location: { city: string | null; country: string | null } | null;
  date: string | null;
  end_date?: string | null;
  date_as_written?: string;
  evidence: string;
}

/** The seed's gold events as if a perfect pipeline had extracted them (without ids: they are the article's). */
export function goldEvents(text: string): ExchangeEvent[] {
  const lines = readFileSync(join(SHARED, 'data', 'seed', 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  return lines.map((l) => {
    const g = JSON.parse(l) as GoldEvent;
    const e = ev(
      { ...g, end_date: g.end_date ?? null, participants: g.participants, evidence: g.evidence },
      text,
    );
    delete e.id;
    if (g.date_as_written) {
      e.date_disputed = {
        as_written: g.date_as_written,
        inferred: g.date!,
        reason: 'the paragraph places it after a dated world event',
        evidence: [],
      };
    }
    return e;
  });
}
