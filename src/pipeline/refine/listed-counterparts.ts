// "Mr Peters held bilateral meetings with the following counterparts:" and a bulleted list under it:
// a release names those met one per list item, after the colon. Each item's first named person is
// the counterpart of one exchange with the sentence's own sides.
import type { Candidate } from '../events/candidates.js';
import { sideOf } from '../events/sides.js';
import type { DocumentView } from '../document.js';
import { copyCandidate } from '../events/new-candidate.js';

/** From the trigger to the sentence's end: "… with the following counterparts:", "… talks with:". */
const WITH_COLON = /^[^.;:]*\bwith\b[^.;:]*:\s*$/i;
/** A list item's marker at the start of its line: a bullet, a dash, or a number. */
const ITEM = /^\s*(?:[•·▪◦‣*–—-]|\d{1,2}[.)]|\([a-z0-9]\))\s+/i;

const CONTACT = new Set(['meeting', 'phone_call', 'video_call', 'handshake']);

/** The sentences that open the list items right under sentence i, in order. */
function itemsAfter(doc: DocumentView, i: number): number[] {
  const out: number[] = [];
  let line = doc.sentences[i].info.line;
  for (let j = i + 1; j < doc.sentences.length; j++) {
    const s = doc.sentences[j];
    if (s.info.line === line) continue;
    line = s.info.line;
    if (!ITEM.test(line.text) || s.s.start > line.start + line.text.search(/\S/) + 4) break;
    out.push(j);
  }
  return out;
}

export function expandListedCounterparts(doc: DocumentView, cands: Candidate[]): Candidate[] {
  return cands.flatMap((c) => {
    if (!CONTACT.has(c.type) || c.conference) return [c];
    const s = doc.sentences[c.sentence];
    if (!WITH_COLON.test(doc.text.slice(c.triggerEnd, s.s.end))) return [c];
    // Someone named between the trigger and the colon is the counterpart already.
    if (s.people.some((p) => p.mention.start >= c.triggerEnd && p.entity)) return [c];
    const out: Candidate[] = [];
    for (const j of itemsAfter(doc, c.sentence)) {
      const p = doc.sentences[j].people.find((r) => r.entity && r.mention.kind !== 'nominal' && !c.participants.some((q) => q.entity === r.entity));
      if (!p) continue;
      out.push(copyCandidate(c, {
        participants: [...c.participants.filter((q) => q.entity), sideOf(p)],
        listItem: j,
        trace: [...c.trace, `counterpart ${p.entity!.name}: named in a list item under "with …:"`],
      }));
    }
    return out.length ? out : [c];
  });
}
