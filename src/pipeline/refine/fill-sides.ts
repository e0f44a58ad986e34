// An unnamed side ("Senior US diplomat visits China", "the US side") takes the name of the person
// of that country whom the same sentence, or the paragraph under a heading, names — unless the side
// names an office that person is known not to hold ("top diplomats of Japan and South Korea" are not
// the Japanese prime minister named in the same line).
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Candidate } from '../events/candidates.js';
import { clauseBounds } from '../events/clause.js';
import { isQualifier } from '../events/speakers.js';
import { side as makeSide, type Side } from '../events/sides.js';
import type { ResolvedMention } from '../resolve/entities.js';
import type { DocumentView } from '../document.js';
import type { Entity } from '../resolve/entities.js';
import { GENERIC_OFFICES, officesAgree, titledElsewhere } from './name-offices.js';
import { copyCandidate } from '../events/new-candidate.js';
import { mapPacked } from '../packed.js';

/** A subordinate clause after the exchange's own ("…, when X withdrew", "…, who …"): its people are its own. */
const OTHER_CLAUSE_OPEN = /,\s*(?:when|who|which|where|after|before|since)\b/i;

function officeFits(kb: KnowledgeIndex, side: Side, e: Entity, date: string | null): boolean {
  if (e.office) return officesAgree(side.office, e.office);
  if (side.office && !GENERIC_OFFICES.has(side.office.id) && e.official && date) {
    const term = kb.termAt(e.official, date);
    if (term) {
      // Where the title the text writes belongs to another class (Iran's President), its bearers fit.
      const titled = titledElsewhere(kb, e.official.country, side.office, side.officeText, date);
      return titled ? titled.includes(e.official) : term.office_id === side.office.id;
    }
  }
  return true;
}

function namedIn(doc: DocumentView, kb: KnowledgeIndex, c: Candidate, to: number, side: Side): Side | null {
  const country = side.country!;
  // In the exchange's own sentence, only its clause: "… contact between an Iranian minister and a senior
  // U.S. official since 2018, when President Trump withdrew …" names no side in the "when" clause.
  const [lo, hi] = clauseBounds(doc.sentences[c.sentence], c.triggerStart, c.triggerEnd);
  const inClause = (i: number, r: ResolvedMention) => i !== c.sentence || (r.mention.start >= lo && r.mention.start < hi) || !OTHER_CLAUSE_OPEN.test(doc.text.slice(lo, hi + 12));
  for (let i = c.sentence; i <= to && i < doc.sentences.length; i++) {
    // "In Montevideo, meanwhile, Vice President Carolina Cosse received …": a sentence that turns to other news
    // names no side of the exchange before it, nor does any after it.
    if (i > c.sentence && TURNS_AWAY.test(doc.sentences[i].s.text)) break;
    const p = doc.sentences[i].people.find(
      (r) => r.entity && r.entity.country === country && r.mention.kind !== 'nominal' && inClause(i, r) && !isQualifier(doc, r) && officeFits(kb, side, r.entity, c.date),
    );
    if (p?.entity) return makeSide(p.entity, country, p.entity.office, p.entity.officeText);
  }
  return null;
}

/** Words that open a sentence on other news: "Meanwhile, …", "In Montevideo, meanwhile, …", "Separately, …". */
const TURNS_AWAY = /^\W*(?:(?:in|at)\s+[\p{Lu}][\p{L}\s.-]{0,30},\s*)?(?:meanwhile|separately|elsewhere|in\s+other\s+news)\b/iu;

/** An unnamed side may be named in the next few sentences ("The minister … is to arrive … Minister Sidiki Kaba would …"). */
function nextInLine(doc: DocumentView, i: number): number {
  let j = i;
  while (j + 1 < doc.sentences.length && j - i < 3 && !doc.sentences[j + 1].info.heading) j++;
  return j;
}

/** The sentences a heading governs: up to the next heading. */
function sectionEnd(doc: DocumentView, i: number): number {
  let j = i + 1;
  while (j < doc.sentences.length && !doc.sentences[j].info.heading) j++;
  return j - 1;
}

export function fillFromContext(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const kb = doc.g.kb;
  return mapPacked(cands, (c) => {
    if (c.participants.every((p) => p.entity)) return c;
    // A heading's people are in the section under it; a sentence's may be named in the next one
    // ("The first meeting … took place in Asmara. It was led by …").
    const to = c.heading ? sectionEnd(doc, c.sentence) : nextInLine(doc, c.sentence);
    const fill = (p: Side): Side => (p.entity || !p.country ? p : (namedIn(doc, kb, c, to, p) ?? p));
    const participants = mapPacked(c.participants, fill);
    const travellers = mapPacked(c.travellers, fill);
    return copyCandidate(c, { participants, travellers });
  });
}
