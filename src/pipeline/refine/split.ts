// One sentence, several exchanges: a tour of several countries is one visit per host ("visited
// Bangladesh, Nepal and Sri Lanka"); "possible trips by Yellen and Raimondo" are two trips;
// "meet Wang Yi and possibly Xi" is two meetings, the second only floated.
import type { Candidate } from '../events/candidates.js';
import type { DocumentView, PlaceMention } from '../document.js';

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;

function destinations(doc: DocumentView, c: Candidate): PlaceMention[] {
  const s = doc.sentences[c.sentence];
  const first = s.places.find((p) => c.place && p.start === c.place.start);
  if (!first) return [];
  const out = [first];
  // A country in the list need not carry its own preposition: "toured Ukraine, Poland and Moldova".
  const listed: PlaceMention[] = [
    ...s.places,
    ...s.countries
      .filter((c) => !s.places.some((p) => p.start === c.start))
      .map((c) => ({ start: c.start, end: c.end, from: c.from, to: c.to, place: null, country: c.country, prep: '' })),
  ].sort((a, b) => a.start - b.start);
  for (const p of listed) {
    if (p.start <= out[out.length - 1].start) continue;
    const gap = doc.text.slice(out[out.length - 1].end, p.start);
    if (!LIST_GAP.test(gap)) break;
    out.push(p);
  }
  return out;
}

const hostOf = (p: PlaceMention) => p.place?.country ?? p.country?.code ?? null;

/** "to visit both countries", "the two nations": the hosts the traveller's last tour named. */
const BOTH = /^\s+(?:both|the\s+two)\s+(?:countries|nations)\b/i;

export function splitCandidates(doc: DocumentView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // The hosts of each traveller's latest visit to several countries.
  const toured = new Map<unknown, string[]>();
  for (const c of cands) {
    let parts: Candidate[] = [c];
    if (c.type === 'visit') {
      const dests = destinations(doc, c);
      let hosts = [...new Set(dests.map(hostOf).filter((h): h is string => !!h))];
      const traveller = c.travellers.find((t) => t.entity)?.entity;
      if (hosts.length > 1 && traveller) toured.set(traveller, hosts);
      else if (!dests.length && traveller && toured.has(traveller) && BOTH.test(doc.text.slice(c.triggerEnd, c.triggerEnd + 30))) {
        hosts = toured.get(traveller)!;
        c.host = hosts[0];
        c.trace.push(`hosts ${hosts.join(', ')}: the countries of the traveller's last tour`);
      }
      if (hosts.length > 1)
        parts = hosts.map((h) => ({ ...c, host: h, place: dests.find((d) => hostOf(d) === h) ?? null, trace: [...c.trace, `one visit per host: ${h}`] }));
      const plural = /s$/i.test(doc.text.slice(c.triggerStart, c.triggerEnd).trim());
      if (plural && c.travellers.length > 1)
        parts = parts.flatMap((p) =>
          p.travellers.map((t) => ({ ...p, travellers: [t], participants: [t], trace: [...p.trace, 'one trip per traveller'] })),
        );
    } else if ((c.type === 'meeting' || c.type === 'phone_call') && !c.conference) {
      parts = splitCounterparts(doc, c);
    }
    out.push(...parts);
  }
  return out;
}

/** "meet with A and possibly B": the subject meets each counterpart, the floated one only possibly. */
function splitCounterparts(doc: DocumentView, c: Candidate): Candidate[] {
  const s = doc.sentences[c.sentence];
  const after = s.people.filter((p) => p.entity && p.mention.start >= c.triggerEnd && c.participants.some((q) => q.entity === p.entity));
  if (after.length < 2) return [c];
  const before = c.participants.filter((q) => !after.some((p) => p.entity === q.entity));
  if (!before.length) return [c];
  const gaps = after.slice(1).map((p, i) => doc.text.slice(after[i].mention.end, p.mention.start));
  const floated = gaps.map((g) => /\b(?:possibly|perhaps|maybe|or)\b/i.test(g));
  const countries = new Set(after.map((p) => p.entity!.country));
  if (!floated.some(Boolean) && countries.size < 2) return [c];
  return after.map((p, i) => {
    const side = c.participants.find((q) => q.entity === p.entity)!;
    const possible = i > 0 && floated.slice(0, i).some(Boolean);
    return {
      ...c,
      participants: [...before, side],
      certainty: possible ? 'possible' : c.certainty,
      trace: [...c.trace, `one exchange per counterpart: ${p.entity!.name}${possible ? ' (floated)' : ''}`],
    };
  });
}
