// "four years after the late Shinzo Abe visited India", "former presidents Lagos and Kirchner held
// talks in Santiago in 2004": a former official is a party to an exchange dated within one of their terms,
// and to nothing else ("former President Carter visited Pyongyang" as a private citizen).
import { covers } from '../../knowledge/index.js';
import type { Candidate, Side } from '../events/candidates.js';

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
