// Pure: dates a text fixes relative to a dated world event ("weeks after Russia invaded Ukraine"),
// and the dates that contradict them. A stored event whose own evidence says "weeks after the
// invasion" under a heading dated a year earlier is judged at the date its evidence implies.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { ExchangeEvent } from '../types.js';
import { worldEventIn } from './claims/anchors.js';
import { addDays, addYears, endOf, startOf } from './dates.js';

// How far from the anchor each wording allows, in days: [min, max]. "After" alone is open-ended.
const RELATIONS: Array<{ re: RegExp; after: boolean; min: number; max: number }> = [
  {
    re: /\b(?:days|a day|hours|a few days|two days|three days)\s+(after|following)\s*$/,
    after: true,
    min: 0,
    max: 31,
  },
  {
    re: /\b(?:weeks|a week|a few weeks|two weeks|three weeks|several weeks)\s+(after|following)\s*$/,
    after: true,
    min: 5,
    max: 122,
  },
  {
    re: /\b(?:months|a month|a few months|two months|three months|several months)\s+(after|following)\s*$/,
    after: true,
    min: 25,
    max: 730,
  },
  {
    re: /\b(?:a year|years|two years|a few years|several years)\s+(after|following)\s*$/,
    after: true,
    min: 330,
    max: 36500,
  },
  { re: /\b(?:shortly|soon|just|right|immediately)\s+(after|following)\s*$/, after: true, min: 0, max: 62 },
  { re: /\bin the (?:wake|aftermath) of\s*$/, after: true, min: 0, max: 183 },
  { re: /\b(after|following)\s*$/, after: true, min: 0, max: 36500 },
  { re: /\b(?:days|a day|a few days)\s+before\s*$/, after: false, min: 0, max: 31 },
  {
    re: /\b(?:weeks|a week|a few weeks|several weeks)\s+(?:before|ahead of)\s*$/,
    after: false,
    min: 5,
    max: 122,
  },
  {
    re: /\b(?:months|a month|a few months|several months)\s+(?:before|ahead of)\s*$/,
    after: false,
    min: 25,
    max: 730,
  },
  { re: /\b(?:shortly|just|right|immediately)\s+before\s*$/, after: false, min: 0, max: 62 },
  { re: /\b(?:before|ahead of|prior to)\s*$/, after: false, min: 0, max: 36500 },
];

export interface AnchoredWindow {
  /** Earliest and latest day the wording allows. */
  lo: string;
  hi: string;
  /** "after Russia's full-scale invasion of Ukraine (2022-02-24)" */
  relation: string;
}

/** The window a sentence puts its exchange in, through a world event and a relation word before it. */
export function anchoredWindow(sentence: string, kb: KnowledgeIndex): AnchoredWindow | null {
  const we = worldEventIn(sentence, kb, null);
  if (!we) return null;
  const words = sentence.slice(0, we.index).toLowerCase().replace(/[’‘]/g, "'").trimEnd().split(/\s+/);
  // The relation sits just before the event's name, perhaps a few words away
  // ("weeks after China's close ally Russia invaded Ukraine").
  let rel: (typeof RELATIONS)[number] | null = null;
  for (let cut = 0; cut <= 6 && !rel; cut++) {
    const head = words.slice(0, Math.max(0, words.length - cut)).join(' ');
    rel = RELATIONS.find((r) => r.re.test(head)) ?? null;
  }
  if (!rel) return null;
  return {
    lo: rel.after ? addDays(we.date, rel.min) : addDays(we.date, -rel.max),
    hi: rel.after ? addDays(we.date, rel.max) : addDays(we.date, -rel.min),
    relation: `${rel.after ? 'after' : 'before'} ${we.description} (${we.date})`,
  };
}

/** How many years fitYear() may move a date: readers of the record widen their windows by as much. */
export const MAX_YEAR_SHIFT = 3;

/** The written date with its year moved (by up to MAX_YEAR_SHIFT) into the window, or null. */
export function fitYear(written: string, w: AnchoredWindow): string | null {
  if (written.length < 7) return null;
  for (let shift = 1; shift <= MAX_YEAR_SHIFT; shift++)
    for (const k of [-shift, shift]) {
      const moved = addYears(startOf(written), k).slice(0, written.length);
      if (startOf(moved) >= w.lo && endOf(moved) <= w.hi) return moved;
    }
  return null;
}

/**
 * Events whose own evidence dates them against their stated date get `date_disputed` (and the
 * implied date), as the pipeline does for articles; events already marked are left alone.
 */
export function inferDisputedDates(events: ExchangeEvent[], kb: KnowledgeIndex): ExchangeEvent[] {
  let changed = false;
  const out = events.map((e) => {
    if (e.date_disputed || !e.date || e.date.length < 7) return e;
    for (const v of e.evidence) {
      const w = anchoredWindow(v.text, kb);
      if (!w || (startOf(e.date) >= w.lo && endOf(e.date) <= w.hi)) continue;
      const inferred = fitYear(e.date, w);
      if (!inferred) continue;
      changed = true;
      return {
        ...e,
        date: inferred,
        end_date: null,
        date_disputed: {
          as_written: e.date,
          inferred,
          reason: `its evidence places it ${w.relation}`,
          evidence: [v],
        },
      };
    }
    return e;
  });
  // The same array when nothing changed, so per-array caches downstream still hit.
  return changed ? out : events;
}
