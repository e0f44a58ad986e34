// "The French leader, who landed in Washington on Tuesday, …": wire copy names a head of state or government
// it has named once by the country's adjective and "leader" alone. "Leader" is no office (an opposition's, a
// party's or a rebel group's leader bears it too), so it names someone only when the story has already named a
// head of that country; with none named it names no one, rather than an unnamed side.
import type { Entity, ResolvedMention } from './entities.js';
import { countryAt } from '../mentions/people.js';
import type { Gazetteer } from '../mentions/gazetteer.js';
import type { Word } from '../text/words.js';
import { attachNominal } from './styled-names.js';

/** Offices whose holder a story calls its country's "leader". */
const LEADING = new Set(['head_of_state', 'head_of_government', 'party_general_secretary', 'crown_prince', 'chief_adviser']);

export function describedLeaders(g: Gazetteer, text: string, raw: Array<{ ws: Word[] }>, bySentence: ResolvedMention[][]): void {
  // (Only sentences that hold the word: a search of the text is cheaper than a look at each of their words.)
  let next = text.indexOf('leader');
  raw.forEach((r, i) => {
    const ws = r.ws;
    if (next < 0 || !ws.length) return;
    if (next < ws[0].start) next = text.indexOf('leader', ws[0].start);
    if (next < 0 || next >= ws[ws.length - 1].end) return;
    for (let k = 2; k < ws.length; k++) {
      if (ws[k].key !== 'leader' || ws[k].cap) continue;
      // ("the South Korean leader": the adjective may be of several words; "the former French leader", "the French
      // opposition leader" are no one's present head.)
      let from = -1;
      for (let j = k - 1; j >= Math.max(1, k - 3) && from < 0; j--) if (ws[j - 1].key === 'the' && countryAt(g, text, ws, j)?.to === k) from = j;
      if (from < 0 || bySentence[i].some((p) => p.mention.from <= k && p.mention.to > from)) continue;
      const c = countryAt(g, text, ws, from)!;
      // ("the Chinese leader Xi Jinping" names him by name already; "the Libyan leader of the rebels" is another's leader.)
      const after = ws[k + 1];
      if (after && (after.key === 'of' || (after.cap && /^[ \t]+$/.test(text.slice(ws[k].end, after.start))))) continue;
      const code = c.country.code;
      // The one head of that country the story named before the words (of two, a president and a prime minister, no
      // telling which).
      const heads = new Set<Entity>();
      for (let j = 0; j <= i; j++)
        for (const p of bySentence[j])
          if (p.entity?.country === code && p.entity.office && LEADING.has(p.entity.office.id) && p.mention.end <= ws[from].start && !p.mention.plural) heads.add(p.entity);
      if (heads.size === 1) attachNominal(bySentence[i], i, [...heads][0], ws, from - 1, k + 1, code);
    }
  });
}
