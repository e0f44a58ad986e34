// "Ukraine's Minister of Defence Mykhailo Fedorov joined the ministers by video link from Kyiv": one who joins a
// meeting just told by video takes part in it from afar. The call is between the one joining and the meeting's
// sides; the sentence names only the first, so the meeting told just before gives the others.
import type { Candidate } from '../events/candidates.js';
import { dedupe } from '../events/sides.js';
import type { DocumentView } from '../document.js';
import { copyCandidate } from '../events/new-candidate.js';
import { mapPacked } from '../packed.js';

/**
 * Right before the medium: "joined the ministers by", "joined the talks via", "joined them over" — what was
 * told before, named by "the" or "them" ("joined a NATO summit in The Hague by video link" names its own).
 */
const JOINED = /\bjoin(?:ed|s)?\s+(?:them|(?:the|their)\s+(?:[\w-]+\s+){1,2}?)(?:by|via|over|through)\s+(?:a\s+)?$/i;

/** How many sentences back the meeting joined may be told. */
const REACH = 3;

export function joinedRemotely(doc: DocumentView, cands: Candidate[]): Candidate[] {
  return mapPacked(cands, (c) => {
    if (c.type !== 'video_call' || c.participants.filter((p) => p.entity).length !== 1) return c;
    const s = doc.sentences[c.sentence];
    if (!JOINED.test(doc.text.slice(s.s.start, c.triggerStart))) return c;
    const joined = [...cands]
      .reverse()
      .find((o) => o.type === 'meeting' && o.status === c.status && o.sentence < c.sentence && c.sentence - o.sentence <= REACH && o.participants.filter((p) => p.entity).length >= 2);
    if (!joined) return c;
    return copyCandidate(c, {
      participants: dedupe([...joined.participants, ...c.participants]),
      date: c.date ?? joined.date,
      endDate: c.date ? c.endDate : joined.endDate,
      dateFrom: c.date ? c.dateFrom : joined.dateFrom,
      trace: [...c.trace, `joined by a medium: the sides of the meeting in sentence ${joined.sentence + 1}`],
    });
  });
}
