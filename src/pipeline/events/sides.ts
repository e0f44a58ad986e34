// The sides of an exchange: a person the text names, or a country with the office it sent.
import type { OfficeDef } from '../../knowledge/types.js';
import type { DocumentView } from '../document.js';
import type { Entity, ResolvedMention } from '../resolve/entities.js';

export interface Side {
  entity: Entity | null;
  /** Written as former or late: a party only to what happened while in office (refine/in-office-then). */
  former: boolean;
  /** Unnamed sides ("the Indian delegation") carry only a country. */
  country: string | null;
  office: OfficeDef | null;
  officeText: string | null;
}

/**
 * Every side is made here, with every field in one order: sides built as literals with or without
 * `former` had different hidden classes, and each new one met in a document made V8 throw away and
 * recompile the code that reads sides (refine, merge, finalize).
 */
export function side(entity: Entity | null, country: string | null, office: OfficeDef | null, officeText: string | null, former = false): Side {
  return { entity, former, country, office, officeText };
}

/**
 * One "he" or "she" can mean: a named person, or one office holder of a known country named by title alone ("The
 * Prime Minister" of a government's own page), whom refine/name-offices names at the exchange's date.
 */
export const canBeMeant = (r: ResolvedMention | null | undefined): r is ResolvedMention =>
  !!r && (!!r.entity || (!!r.mention.country && !!r.mention.office && !r.mention.plural));

/** The side a resolved person mention stands for. */
export function sideOf(r: ResolvedMention): Side {
  return side(
    r.entity,
    r.entity?.country ?? r.mention.country,
    r.mention.office ?? r.entity?.office ?? null,
    r.mention.officeText ?? r.entity?.officeText ?? null,
    r.mention.former,
  );
}

/** Sides without repeats: a person once, an unnamed country once. */
export function dedupe(sides: Side[]): Side[] {
  const out: Side[] = [];
  for (const x of sides) {
    if (x.entity ? out.some((o) => o.entity === x.entity) : out.some((o) => !o.entity && o.country === x.country)) continue;
    out.push(x);
  }
  return out;
}

/** People joined by "and" or commas starting at a position: "Yellen and Commerce Secretary Raimondo". */
export function takeList(doc: DocumentView, list: ResolvedMention[], from: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let at = from;
  for (const p of list) {
    if (p.mention.start < at) continue;
    const gap = doc.text.slice(at, p.mention.start);
    if (out.length && !/^\s*(?:,\s*)?(?:and\s+|&\s+)?(?:his|her|the\s+)?\s*$/i.test(gap)) break;
    out.push(p);
    at = p.mention.end;
  }
  return out;
}
