// Dated world events a sentence leans on ("weeks after Russia invaded Ukraine", "since Biden took
// office"): the knowledge's world-event table, then the terms of office of known officials.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { WorldEvent } from '../../knowledge/types.js';
import { gramsOf, literalFilter, type Grams } from '../text/literal-filter.js';

export interface AnchorHit {
  event: WorldEvent;
  /** "after", "before" or "since", with its quantity ("weeks", "months", "days") when given. */
  relation: 'after' | 'before' | 'since' | null;
  quantity: string | null;
  index: number;
}

/** Each event's patterns, with their literal filters (made once per knowledge, not looked up per sentence). */
const compiled = new WeakMap<KnowledgeIndex, Array<{ event: WorldEvent; res: RegExp[]; may: Array<(g: Grams) => boolean> }>>();

function patterns(kb: KnowledgeIndex) {
  let c = compiled.get(kb);
  if (!c) {
    c = kb.knowledge.worldEvents.map((event) => {
      const res = event.patterns.flatMap((p) => {
        try {
          return [new RegExp(p, 'i')];
        } catch {
          return [];
        }
      });
      return { event, res, may: res.map(literalFilter) };
    });
    compiled.set(kb, c);
  }
  return c;
}

/** The world events a sentence names, latest on or before `asOf` first when several match. */
export function findAnchors(kb: KnowledgeIndex, sentence: string, asOf: string | null): AnchorHit[] {
  const text = sentence.replace(/[’‘]/g, "'").toLowerCase();
  const hits: AnchorHit[] = [];
  // Each event's patterns name it in words ("invaded Ukraine", "took office"): most sentences lack them.
  const grams = gramsOf(text);
  for (const { event, res, may } of patterns(kb)) {
    for (let i = 0; i < res.length; i++) {
      const re = res[i];
      const m = may[i](grams) ? re.exec(text) : null;
      if (!m) continue;
      if (asOf && event.date > asOf) break;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const rel = /\b(?:(days|weeks|months|years|shortly|soon|just|a day|a week|a month)\s+)?(after|before|since)\s+(?:[\w'-]+\s+){0,4}$/.exec(before);
      hits.push({ event, relation: (rel?.[2] as AnchorHit['relation']) ?? null, quantity: rel?.[1] ?? null, index: m.index });
      break;
    }
  }
  // When one phrasing fits several events ("took office"), the latest before the text's date wins.
  hits.sort((a, b) => (a.index - b.index) || (a.event.date < b.event.date ? 1 : -1));
  return hits.filter((h, i) => i === 0 || hits[i - 1].index !== h.index);
}
