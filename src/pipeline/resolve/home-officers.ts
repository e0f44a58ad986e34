// A home outlet names its own government's ministers by title alone: "Foreign Minister Mario Lubetkin" in a
// Montevideo story, "Minister of Defence Hanno Pevkur" in a Tallinn one. A titled person whom the knowledge
// does not know and the text gives no country is the home country's officer, where nothing says otherwise:
// - the home is the dateline's country, else (for those its lead sentence names) that of the lead's first place;
// - the office must be one the home country has, and one the knowledge does not give to someone else then;
// - not one who travels to the home country, accompanies a foreigner named before, or meets his or her
//   counterpart of the home country ("Foreign Minister Elina Valtonen, accompanying President Stubb", "…
//   arrived in Tallinn", "… met his Estonian counterpart"): a visitor.
import { covers, type KnowledgeIndex } from '../../knowledge/index.js';
import type { PlaceMention, SentenceView } from '../document.js';
import { pickOffice, type Gazetteer } from '../mentions/gazetteer.js';
import type { Entity } from './entities.js';

/** A journey's verb: one who makes it to the home country is a guest there. */
const JOURNEY = /\b(?:arriv\w*|land(?:s|ed|ing)?|visit\w*|travel\w*|fl(?:y|ies|ew)|came|comes|toured|touring|trip)\b/i;
/** Words that make the one named a visitor's companion. */
const ESCORT = /\b(?:accompan\w*|entourage|travell?ing\s+with|delegation)\b/i;

const placeCountry = (p: PlaceMention) => p.place?.country ?? p.country?.code ?? null;

/**
 * The story's home: the dateline's country; else, with no dateline, the country of the first place the
 * first paragraph's first sentence names, for the people that sentence names ("Defence ministers … met in
 * Tallinn on Tuesday …, with Minister of Defence Hanno Pevkur telling his colleagues …") and no others.
 */
export function storyHome(hereCountry: string | null, sentences: SentenceView[]): { country: string; lead: SentenceView | null } | null {
  if (hereCountry) return { country: hereCountry, lead: null };
  const lead = sentences.find((s) => !s.info.heading && s.s.text.length > 60);
  const p = lead?.places.find((x) => x.prep === 'in' || x.prep === 'at');
  const country = p ? placeCountry(p) : null;
  return lead && country ? { country, lead } : null;
}

export function homeOfficers(g: Gazetteer, kb: KnowledgeIndex, sentences: SentenceView[], entities: Entity[], home: ReturnType<typeof storyHome>, published: string | null): void {
  if (!home || kb.country(home.country)?.isOrganisation) return;
  const country = home.country;
  for (const e of entities) {
    if (e.country || e.official || !e.office || !e.officeText) continue;
    if (home.lead && !home.lead.people.some((p) => p.entity === e)) continue;
    // (Nor one of two listed after a plural title, "the two foreign ministers, A and B": either may be the guest.)
    if (e.mentions.some((m) => m.local || m.plural || m.former || m.listed)) continue;
    const own = pickOffice(g.offices.get(e.officeText) ?? [], country);
    if (!own) continue;
    // The knowledge names the home country's holder of this office at the time, and it is not this one.
    if (published && kb.officialsOf(country).some((o) => o.terms.some((t) => t.office_id === own.id && covers(t, published)))) continue;
    if (visitor(e, sentences, country)) continue;
    e.country = country;
    e.office = own;
  }
}

/** Told as one who comes to the home country, goes with a foreigner, or meets a counterpart of the home country. */
function visitor(e: Entity, sentences: SentenceView[], home: string): boolean {
  for (const s of sentences) {
    const mine = s.people.filter((p) => p.entity === e);
    if (!mine.length) continue;
    const at = mine[0].mention.start;
    const after = s.s.text.slice(at - s.s.start);
    // (The journey is the entity's when no one else is named between: "… met Jonson, who had arrived in Estonia" is Jonson's.)
    const journey = JOURNEY.exec(after);
    const own = journey && !s.people.some((p) => p.entity !== e && p.mention.start > at && p.mention.start < at + journey.index);
    if (own && s.places.some((p) => p.start > at + journey.index && placeCountry(p) === home)) return true;
    if (ESCORT.test(s.s.text) && s.people.some((p) => p.mention.end <= at && (p.entity?.country ?? p.mention.country) && (p.entity?.country ?? p.mention.country) !== home)) return true;
    if (s.people.some((p) => p.mention.kind === 'counterpart' && p.mention.country === home)) return true;
    // "Parliament Speaker Ghalibaf met Iraqi Prime Minister al-Sudani in Baghdad", "Foreign Minister Ana Lopez met
    // Secretary of State Marco Rubio": one named beside a named official of the home country is not of it, as
    // far as the text says (a definite title, "who accompanied the president", names no one new).
    if (s.people.some((p) => p.entity !== e && p.mention.kind !== 'nominal' && (p.entity?.country ?? p.mention.country) === home)) return true;
    if (s.people.some((p) => p.entity !== e && (p.entity?.country ?? p.mention.country) === home && (p.mention.office ?? p.entity?.office)?.id === e.office?.id)) return true;
  }
  return false;
}
