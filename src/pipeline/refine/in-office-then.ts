// "four years after the late Shinzo Abe visited India", "former presidents Lagos and Kirchner held
// talks in Santiago in 2004": a former official is a party to an exchange dated within one of their terms,
// and to nothing else ("former President Carter visited Pyongyang" as a private citizen). One the text gives no
// state office, whom the knowledge has in office only after or only before the exchange, is no side of it either
// ("Peña Nieto, the PRI's candidate, met Rajoy" in February 2012; Chirac, out of office, "travelled to Bamako" in 2008).
import { covers } from '../../knowledge/index.js';
import type { Candidate, Side } from '../events/candidates.js';
import type { Entity } from '../resolve/entities.js';

export function keepInOfficeThen(cands: Candidate[]): void {
  for (const c of cands) {
    if (!c.participants.some((p) => p.former) && !c.travellers.some((p) => p.former)) continue;
    const inOffice = (p: Side) => {
      if (!p.former) return true;
      const o = p.entity?.official;
      return !!(o && c.date && o.terms.some((t) => covers(t, c.date!)));
    };
    const before = c.participants.length + c.travellers.length;
    c.participants = c.participants.filter(inOffice);
    c.travellers = c.travellers.filter(inOffice);
    if (c.participants.length + c.travellers.length < before) c.trace.push('a former official out of office on that date: dropped');
    else c.trace.push('a former official, in office on that date');
  }
}

/**
 * Sides known to the knowledge, titled with no state office in the text, out of every term on the exchange's
 * date: past the last term's end, or before the first term's start when the text gives them a role outside
 * government ("the PRI's presidential candidate", "PPP chairman") — the knowledge may lack an earlier office.
 */
export function keepOfficeHolders(text: string, cands: Candidate[]): void {
  const roles = new Map<Entity, boolean>();
  const roleOf = (e: Entity) => {
    let r = roles.get(e);
    if (r === undefined) {
      r = e.mentions.some((m) => NON_STATE_ROLE.test(text.slice(Math.max(0, m.start - 45), m.end + 60)));
      roles.set(e, r);
    }
    return r;
  };
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    const date = c.date;
    // Only a date the text gives the exchange can put someone out of office: one taken by default (the lead's
    // day, the year of the news) is a guess that a date told with the same exchange elsewhere may correct
    // ("The last Iranian president to visit Saudi Arabia was Ahmadinejad, who travelled to Makkah in August 2012").
    if (!date || c.dateFrom === 'default' || c.dateFrom === 'lead story') continue;
    const outOfOffice = (p: Side) => {
      const e = p.entity;
      const o = e?.official;
      if (!e || !o || !o.terms.length || p.former || e.office || p.office || o.terms.some((t) => covers(t, date))) return false;
      if (e.mentions.some((m) => STATE_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) return false;
      // ("his Philippine counterpart, Enrique Manalo": the counterpart of an office holder holds the like office in the
      // text, whatever the knowledge says of his term.)
      if (e.mentions.some((m) => m.kind === 'counterpart')) return false;
      // "a courtesy call on Samdech … Hun Sen, President of the Senate": a state's title set off right after the name.
      if (e.mentions.some((m) => STATE_TITLE_AFTER.test(text.slice(m.end, m.end + 40)))) return false;
      const after = o.terms.every((t) => t.end !== null && t.end < date);
      return after || roleOf(e);
    };
    if (!c.participants.some(outOfOffice) && !c.travellers.some(outOfOffice)) continue;
    // The exchange told of that person as its subject (the first side, or one who travels) is theirs alone, and
    // what is left of it must not join another ("… where he met Touré, and in 2010 he received Putin": no
    // meeting of Touré and Putin).
    const subject = c.type === 'visit' ? (c.travellers.length ? c.travellers : c.participants).some(outOfOffice) : outOfOffice(c.participants[0]);
    c.participants = c.participants.filter((p) => !outOfOffice(p));
    c.travellers = c.travellers.filter((p) => !outOfOffice(p));
    c.trace.push('one titled with no office here, out of office on that date by the knowledge: dropped');
    if (subject || c.participants.length < 2) cands.splice(i, 1);
  }
}

/** A role outside government written near a name: a candidate, a party's chair, the opposition's leader. */
const NON_STATE_ROLE = /\b(?:candidate|nominee|hopeful|front-runner|chairman|chairwoman|chairperson|opposition\s+leader|leader\s+of\s+the\s+opposition|party\s+leader|activist|businessman|private\s+citizen|out\s+of\s+office|leaving\s+office)\b/i;

/** A state's title, capitalised, set off by a comma right after a name: ", President of the Senate", ", Prime Minister of …". */
const STATE_TITLE_AFTER = /^\s*,\s*(?:the\s+)?(?:President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|Speaker|Minister|Secretary|King|Queen|Emir|Sultan|Crown\s+Prince)\b/;

/** A state's title right before a name the scan took without it ("President To Lam"). */
const STATE_TITLE_BEFORE = /\b(?:president|prime\s+minister|premier|chancellor|minister|secretary|king|queen|emir|sultan|crown\s+prince|vice[- ]president|governor-general|leader)\s*$/i;
