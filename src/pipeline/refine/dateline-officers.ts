// "CHISINAU — … Yushchenko also met Prime Minister Vasile Tarlev", "ASTANA — … he met Prime Minister Karim
// Masimov": a story filed from a country names that country's own office holders by title alone, while the
// visitor's title carries the visitor's country ("Ukrainian President Viktor Yushchenko"). So in talks with
// a named foreigner, or on a trip abroad, a titled side the knowledge does not know and the story gives no
// country is the dateline's. (Alone, or beside unnamed sides, such a person is left as the text has them: a vice president
// receiving senators tells no foreign exchange.)
import type { EventType } from '../../types.js';
import type { Candidate } from '../events/candidates.js';
import { side } from '../events/sides.js';
import type { DocumentView } from '../document.js';

const IN_PERSON: EventType[] = ['meeting', 'handshake'];

/** "visiting Prime Minister X", "the visiting Foreign Minister": a guest, not the dateline's officer. */
const VISITING = /\b(?:visiting|guest)\s+(?:\w+\s+)?$/i;

export function datelineOfficers(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const here = doc.hereCountry;
  if (!here) return cands;
  return cands.map((c) => {
    // ("KUWAIT — Prime Minister Sheikh Nasser … left for Manama on an official visit": one travelling from the
    // dateline's country abroad is its officer too.)
    const abroad = c.type === 'visit' && !!c.host && c.host !== here;
    if (!IN_PERSON.includes(c.type) && !abroad) return c;
    const foreigner = abroad || c.participants.some((p) => p.entity && p.country && p.country !== here);
    if (!foreigner) return c;
    let changed = false;
    const participants = c.participants.map((p) => {
      const e = p.entity;
      if (!e || p.country || e.country || e.official || p.former || !p.office || p.office.id === 'official') return p;
      // An office only some states have ("Secretary of State") is no office of another's.
      if (p.office.countries?.length && !p.office.countries.includes(here)) return p;
      const titled = e.mentions.some((m) => m.kind === 'titled' && !m.local && !m.plural && !VISITING.test(doc.text.slice(Math.max(0, m.start - 20), m.start)));
      if (!titled) return p;
      changed = true;
      return side(e, here, p.office, p.officeText, p.former);
    });
    const travellers = c.travellers.map((t) => participants.find((p) => p.entity && p.entity === t.entity) ?? t);
    return changed ? { ...c, participants, travellers, trace: [...c.trace, `a titled side with no country: the dateline's (${here}) officer`] } : c;
  });
}
