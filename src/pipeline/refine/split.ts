// One sentence, several exchanges: a tour of several countries is one visit per host ("visited
// Bangladesh, Nepal and Sri Lanka"); "possible trips by Yellen and Raimondo" are two trips;
// "meet Wang Yi and possibly Xi" is two meetings, the second only floated.
import type { Candidate } from '../events/candidates.js';
import type { DocumentView, PlaceMention } from '../document.js';
import { shiftDays, type DateMention } from '../mentions/dates.js';
import { copyCandidate } from '../events/new-candidate.js';
import { mapPacked } from '../packed.js';

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
const SPEAKS = /^\s+(?:has\s+|had\s+)?(?:said|says|told|announced|reported|confirmed|added|stated)\b/i;
/** Between two destinations a country's article may stand: "Namibia, the Republic of Congo and Chad", "France and the Netherlands". */
const PLACE_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/i;

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
    if (!PLACE_GAP.test(gap) && !(DAY_THEN_TO.test(gap) && !!ownDay(doc, s, out[out.length - 1]))) break;
    // "visited Namibia, the United States said": a country that speaks is the source, not a stop.
    if (SPEAKS.test(doc.text.slice(p.end, p.end + 30))) break;
    out.push(p);
  }
  return out;
}

const hostOf = (p: PlaceMention) => p.place?.country ?? p.country?.code ?? null;

/** After a destination and its own day, the next with its own "to": "to Cabo Verde on July 5 and to Angola on July 12". */
const DAY_THEN_TO = /^\s*,?\s*(?:on|in)\s+[^,;:.]{1,30}?,?\s+and\s+(?:then\s+)?to\s+(?:the\s+)?$/i;

/**
 * A later leg's day as the tense read the first one's: the first leg's year for a date written without one, and a
 * weekday a week back when it would fall after the news for a journey made (or before it for one planned).
 */
function legDay(doc: DocumentView, c: Candidate, d: DateMention): string {
  const v = d.explicitYear ? d.value : `${c.date!.slice(0, 4)}${d.value.slice(4)}`;
  if (!d.weekday || !doc.published || v.length !== 10) return v;
  if (c.status === 'occurred' && v > doc.published) return shiftDays(v, -7);
  if (c.status === 'planned' && v < doc.published) return shiftDays(v, 7);
  return v;
}

/** The date written right after a destination: "Cabo Verde on July 5", "Cabo Verde, on 05/07". */
function ownDay(doc: DocumentView, s: DocumentView['sentences'][number], p: PlaceMention) {
  return s.dates.find((d) => d.start >= p.end && /^\s*,?\s*(?:(?:on|in)\s+)?$/i.test(doc.text.slice(p.end, d.start)));
}

/** "to visit both countries", "the three capitals": as many hosts as the text named together before. */
const BOTH = /^\s+(?:(both)|the\s+(two|three|four|five|six))\s+(?:countries|nations|capitals)\b/i;
const COUNT: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The countries of the latest list of exactly n the text named before a sentence ("the leaders of Mali,
 * Burkina Faso and Niger … to visit the three capitals"): what "the n countries" refers back to.
 */
function listedBefore(doc: DocumentView, si: number, n: number): string[] | null {
  for (let j = si - 1; j >= 0; j--) {
    const cs = doc.sentences[j].countries;
    let found: string[] | null = null;
    for (let a = 0; a < cs.length; a++) {
      const run = [cs[a].country.code];
      let b = a + 1;
      while (b < cs.length && LIST_GAP.test(doc.text.slice(cs[b - 1].end, cs[b].start))) run.push(cs[b++].country.code);
      if (new Set(run).size === n && run.length === n) found = run;
      a = b - 1;
    }
    if (found) return found;
  }
  return null;
}

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
      else if (!dests.length && traveller) {
        const both = BOTH.exec(doc.text.slice(c.triggerEnd, c.triggerEnd + 30));
        const n = both ? COUNT[(both[1] ?? both[2]).toLowerCase()] : 0;
        const tour = toured.get(traveller);
        const listed = !n ? null : tour?.length === n ? tour : listedBefore(doc, c.sentence, n);
        if (listed) {
          hosts = listed.filter((h) => !c.travellers.some((t) => t.country === h));
          c.host = hosts[0] ?? null;
          c.trace.push(`hosts ${hosts.join(', ')}: the ${n} countries ${listed === tour ? "of the traveller's last tour" : 'the text named together before'}`);
        }
      }
      // ("to Cabo Verde on July 5 and to Angola on July 12": each leg on the day written after it, in the year the first took.)
      const s = doc.sentences[c.sentence];
      const days = dests.length === hosts.length && c.date ? mapPacked(dests, (d) => ownDay(doc, s, d)) : [];
      const legDays = days.length && days.every(Boolean) && new Set(days.map((d) => d!.value)).size === days.length
        ? mapPacked(days, (d, i) => (i === 0 ? c.date! : legDay(doc, c, d!)))
        : null;
      if (hosts.length > 1)
        parts = mapPacked(hosts, (h, i) => copyCandidate(c, {
          host: h,
          place: dests.find((d) => hostOf(d) === h) ?? null,
          ...(legDays ? { date: legDays[i], endDate: null } : {}),
          trace: [...c.trace, `one visit per host: ${h}${legDays ? `, on ${legDays[i]}` : ''}`],
        }));
      // "trips to Angola in 2003 and 2007": one visit per year listed.
      // ("Stubb's previous visits were in April 2024, when he signed …, and in February 2025": so is each time a plural
      // noun's "in … and in …" lists.)
      const years = yearsListed(doc, c).length ? yearsListed(doc, c) : timesListed(doc, c);
      if (years.length > 1) parts = parts.flatMap((p) => years.map((y) => copyCandidate(p, { date: y, endDate: null, trace: [...p.trace, `one visit per year: ${y}`] })));
      // "possible trips by Yellen and Raimondo", "Blinken and Wang arrive in Laos": trips, or travellers of
      // several countries, are one journey each; one country's travellers together are one delegation.
      const plural = /s$/i.test(doc.text.slice(c.triggerStart, c.triggerEnd).trim());
      // (A bare noun, "… hangs over visit", names whose visit only loosely: it stays whole.)
      const countries = new Set(c.travellers.map((t) => t.country));
      if ((plural || (countries.size > 1 && !c.noun)) && c.travellers.length > 1)
        parts = parts.flatMap((p) =>
          mapPacked(p.travellers, (t) => copyCandidate(p, { travellers: [t], participants: [t], trace: [...p.trace, 'one trip per traveller'] })),
        );
    } else if ((c.type === 'meeting' || c.type === 'phone_call') && !c.conference) {
      parts = splitCounterparts(doc, c);
      if (parts.length === 1) parts = splitSubjectsApart(doc, c);
      // "will meet Grand Duke Henri in Luxembourg and King Philippe in Brussels": each counterpart met at a place of
      // its own, right after the name.
      if (parts.length > 1 && c.type === 'meeting') {
        const own = mapPacked(parts, (p) => ownPlace(doc, p));
        if (own.every(Boolean) && new Set(own.map((o) => hostOf(o!))).size === own.length)
          parts.forEach((p, i) => {
            p.place = own[i];
            p.host = hostOf(own[i]!);
            p.trace = [...p.trace, `host ${p.host}: the place named right after the counterpart`];
          });
      }
      // "will visit Iran and Azerbaijan, where he will hold talks with Pezeshkian and Aliyev": on a tour just told,
      // each counterpart is met in his own country.
      if (parts.length > 1 && c.type === 'meeting')
        for (const p of parts) {
          const tour = p.participants.map((q) => q.entity && toured.get(q.entity)).find(Boolean);
          const there = p.participants.find((q) => q.country && tour?.includes(q.country) && !p.participants.every((r) => r.country === q.country));
          if (tour && there && p.host !== there.country) {
            p.host = there.country;
            p.place = null;
            p.trace = [...p.trace, `host ${there.country}: the counterpart's own country, on the tour told with it`];
          }
        }
    }
    out.push(...parts);
  }
  return out;
}

/** The place right after the one counterpart a split part names ("Henri in Luxembourg"), before the next name. */
function ownPlace(doc: DocumentView, c: Candidate): PlaceMention | null {
  const s = doc.sentences[c.sentence];
  const side = c.participants[c.participants.length - 1]?.entity;
  const m = s.people.find((p) => p.entity === side && p.mention.start >= c.triggerEnd)?.mention;
  if (!m) return null;
  const next = s.people.find((p) => p.entity && p.mention.start > m.end)?.mention.start ?? s.s.end;
  return s.places.find((p) => p.start >= m.end && p.end <= next && /^\s*(?:in|at)\s+$/i.test(doc.text.slice(m.end, p.start)) && !!hostOf(p)) ?? null;
}

/** "in 2003 and 2007", "in 2003, 2005 and 2007": years listed together after a preposition. */
const YEAR_LIST = /\bin\s+((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*)\s*,?\s+and\s+((?:19|20)\d{2})\b/;

/** The years a visit dated by the first of a listed series falls in, or none. */
function yearsListed(doc: DocumentView, c: Candidate): string[] {
  if (!c.date || c.date.length !== 4) return [];
  const s = doc.sentences[c.sentence].s;
  const m = YEAR_LIST.exec(doc.text.slice(c.triggerEnd, s.end));
  if (!m || m[1] !== c.date) return [];
  const mid = m[2] ? m[2].split(',').map((x) => x.trim()).filter(Boolean) : [];
  return [m[1], ...mid, m[3]];
}

/**
 * The times a plural journey's noun ("visits", "trips") is dated by, each after "in", the later ones after "and in":
 * "visits were in April 2024, when …, and in February 2025". None unless the first is the candidate's own date.
 */
function timesListed(doc: DocumentView, c: Candidate): string[] {
  if (!c.date || !/s$/i.test(doc.text.slice(c.triggerStart, c.triggerEnd).trim())) return [];
  const s = doc.sentences[c.sentence];
  const after = s.dates.filter((d) => d.start >= c.triggerEnd && !d.anchor && !d.vague);
  const first = after[0];
  if (!first || first.value !== c.date || !/\bin\s+$/i.test(doc.text.slice(Math.max(s.s.start, first.start - 4), first.start))) return [];
  const out = [first.value];
  for (const d of after.slice(1)) if (/,?\s+and\s+in\s+$/i.test(doc.text.slice(Math.max(s.s.start, d.start - 10), d.start))) out.push(d.value);
  return out.length > 1 ? out : [];
}

/** Right after the trigger: "with" and the first of those met ("meetings with Russian …", "talks separately with"). */
const WITH_LIST = /^\s*(?:[\w-]+\s+){0,2}?with\s+(?:the\s+|his\s+|her\s+)?$/i;

/**
 * Each counterpart followed right away by a weekday of its own, all different ("A on Tuesday and B on Wednesday"); or
 * groups listed together, each closed by its own day ("with A on Sunday and with B and C on Monday": B takes C's day).
 */
function ownWeekdays(doc: DocumentView, s: DocumentView['sentences'][number], after: Array<{ mention: { end: number; start: number } }>): string[] | null {
  const days = after.map((p, i) => {
    const limit = after[i + 1]?.mention.start ?? s.s.end;
    return s.dates.find((x) => x.start >= p.mention.end && x.end <= limit && /^\s*(?:on\s+)?$/i.test(doc.text.slice(p.mention.end, x.start)))?.value ?? null;
  });
  if (days.every(Boolean)) return new Set(days).size === days.length ? (days as string[]) : null;
  for (let i = days.length - 2; i >= 0; i--)
    if (!days[i] && LIST_GAP.test(doc.text.slice(after[i].mention.end, after[i + 1].mention.start))) days[i] = days[i + 1];
  return days.every(Boolean) && new Set(days).size > 1 ? (days as string[]) : null;
}

/** "separately" at the verb or after those met: "A and B will meet with C separately", "… separately met C". */
const SEPARATELY_BEFORE = /\bseparately\s+(?:[\w-]+\s+)?$/i;
const SEPARATELY_AFTER = /^[^,;.]{0,60}?\bseparately\b/i;

/**
 * "Premier Li Qiang and Zhao Leji … will meet with To Lam separately on Tuesday": subjects listed together who meet
 * the same counterparts "separately" hold one exchange each.
 */
function splitSubjectsApart(doc: DocumentView, c: Candidate): Candidate[] {
  const s = doc.sentences[c.sentence];
  const text = doc.text;
  if (!SEPARATELY_BEFORE.test(text.slice(Math.max(s.s.start, c.triggerStart - 24), c.triggerStart)) && !SEPARATELY_AFTER.test(text.slice(c.triggerEnd, s.s.end))) return [c];
  const before = s.people.filter((p) => p.entity && p.mention.end <= c.triggerStart && c.participants.some((q) => q.entity === p.entity));
  if (before.length < 2) return [c];
  const subjects = [before[0]];
  for (const p of before.slice(1)) {
    const prev = subjects[subjects.length - 1].mention;
    // (An appositive may stand between: "Zhao Leji, chairman of the …, and Wang Huning".)
    if (!LIST_GAP.test(text.slice(prev.end, p.mention.start)) && !/^\s*,[^;.]*?,\s*(?:and\s+)?$/.test(text.slice(prev.end, p.mention.start))) break;
    if (subjects.some((q) => q.entity === p.entity)) continue;
    subjects.push(p);
  }
  const others = c.participants.filter((q) => !subjects.some((p) => p.entity === q.entity));
  if (subjects.length < 2 || !others.length) return [c];
  return mapPacked(subjects, (p) => copyCandidate(c, {
    participants: [c.participants.find((q) => q.entity === p.entity)!, ...others],
    split: `${c.sentence}:${c.triggerStart}|${p.entity!.id}`,
    trace: [...c.trace, `one exchange per subject, met separately: ${p.entity!.name}`],
  }));
}

/** After the last of those met, or before the verb: "… A and B together", "jointly received A and B". */
const TOGETHER_AFTER = /^\s*,?\s*(?:together|jointly|at\s+once)\b(?!\s+with\b)/i;
const JOINTLY_BEFORE = /\b(?:jointly|together)\s+$/i;
/** Right before the noun: one exchange of three or more sides ("a trilateral ", "three-way ", "a tripartite summit "). */
/** After the guests: the one gathering they came for ("… at State House on Saturday for a joint summit on Congo"). */
const FOR_A_SUMMIT = /^[^.;]{0,80}?\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|joint\s+meeting|trilateral|tripartite)\b/i;
const MANY_WAY_BEFORE = /\b(?:trilateral|tripartite|three-way|quadrilateral|four-way|three-party)\s+(?:(?:leaders['’]?|summit|ministerial|video)\s+)?$/i;

/** "meet with A and possibly B": the subject meets each counterpart, the floated one only possibly. */
function splitCounterparts(doc: DocumentView, c: Candidate): Candidate[] {
  const s = doc.sentences[c.sentence];
  // (One named before the trigger is its subject, even when the sentence names him again after it: "…, the Prime
  // Minister's Office said".)
  const subjects = new Set(s.people.filter((p) => p.entity && p.mention.end <= c.triggerStart).map((p) => p.entity));
  const after = s.people.filter((p) => p.entity && p.mention.start >= c.triggerEnd && !subjects.has(p.entity) && c.participants.some((q) => q.entity === p.entity));
  if (after.length < 2) return [c];
  const before = c.participants.filter((q) => !after.some((p) => p.entity === q.entity));
  // "… expected to hold bilateral meetings with A and B" with no one known to hold them: those met "with" are
  // not each other's sides, so no exchange the text tells can be kept.
  if (!before.length && WITH_LIST.test(doc.text.slice(c.triggerEnd, after[0].mention.start))) {
    const listed = [after[0]];
    for (const p of after.slice(1)) if (LIST_GAP.test(doc.text.slice(listed[listed.length - 1].mention.end, p.mention.start))) listed.push(p);
    if (c.participants.every((q) => !q.entity || listed.some((p) => p.entity === q.entity))) return [];
  }
  if (!before.length) return [c];
  const gaps = after.slice(1).map((p, i) => doc.text.slice(after[i].mention.end, p.mention.start));
  const floated = gaps.map((g) => /\b(?:possibly|perhaps|maybe|or)\b/i.test(g));
  const countries = new Set(after.map((p) => p.entity!.country));
  // "meet Bush on the 21st and Musharraf on the 24th": each counterpart with a day of its own right after.
  const own = after.map((p, i) => {
    const limit = after[i + 1]?.mention.start ?? s.s.end;
    const d = s.dates.find((x) => x.start >= p.mention.end && x.end <= limit && !x.weekday && /^\s*(?:on\s+)?$/i.test(doc.text.slice(p.mention.end, x.start)));
    return d ?? null;
  });
  const ownDays = own.every(Boolean) && new Set(own.map((d) => d!.value)).size === own.length;
  // ("met US Trade Representative Greer on Tuesday and Commerce Secretary Lutnick on Wednesday": two meetings,
  // though both are of one country.)
  const weekdays = ownDays ? null : ownWeekdays(doc, s, after);
  if (!floated.some(Boolean) && countries.size < 2 && !weekdays) return [c];
  // "received Mirzoyan and Bayramov together", "jointly received A and B": those met together are met at once.
  const last = after[after.length - 1].mention.end;
  // ("held a trilateral meeting with Mr Aliyev and Turkish President Erdogan": the noun says all sat at one table.)
  if (
    !floated.some(Boolean) &&
    (TOGETHER_AFTER.test(doc.text.slice(last, last + 12)) ||
      JOINTLY_BEFORE.test(doc.text.slice(Math.max(s.s.start, c.triggerStart - 10), c.triggerStart)) ||
      MANY_WAY_BEFORE.test(doc.text.slice(Math.max(s.s.start, c.triggerStart - 30), c.triggerStart)) ||
      FOR_A_SUMMIT.test(doc.text.slice(last, s.s.end)))
  ) {
    c.trace.push('one exchange: the counterparts met together');
    return [c];
  }
  // "Pevkur hosted Sweden's Jonson, Finland's Häkkänen and Norway's Sandvik": a host of three or more
  // guests of as many countries listed together holds one gathering with them all, not a talk with each.
  const hosted = /^host/i.test(doc.text.slice(c.triggerStart, c.triggerEnd));
  // (The list may run on: "…, Lithuania's Kaunas at the Stenbock House, together with Iceland's …".)
  // (A known guest's mention starts at the name: "…, Hungary's Péter Szijjártó" leaves the possessive in the gap.)
  const listed = gaps.findIndex((g) => !LIST_GAP.test(g) && !LIST_GAP.test(g.replace(/(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+$/u, '')));
  if (hosted && !floated.some(Boolean) && (listed === -1 ? gaps.length : listed) >= 2 && countries.size >= 3) {
    c.conference = true;
    c.trace.push('one gathering: a host with guests of three countries or more listed together');
    return [c];
  }
  return mapPacked(after, (p, i) => {
    const side = c.participants.find((q) => q.entity === p.entity)!;
    const possible = i > 0 && floated.slice(0, i).some(Boolean);
    const d = ownDays ? own[i]! : null;
    // A weekday of its own dates the meeting as the sentence's tense does the first: only a day not after the news for one held.
    const day = weekdays && c.status === 'occurred' && (!doc.published || weekdays[i] <= doc.published) ? weekdays[i] : null;
    return copyCandidate(c, {
      participants: [...before, side],
      certainty: possible ? 'possible' : c.certainty,
      split: `${c.sentence}:${c.triggerStart}|${p.entity!.id}`,
      ...(d ? { date: d.value, endDate: d.endValue, dateFrom: 'sentence' } : day ? { date: day, endDate: null, dateFrom: 'sentence' } : {}),
      trace: [...c.trace, `one exchange per counterpart: ${p.entity!.name}${possible ? ' (floated)' : ''}${d ? `, on ${d.value}` : day ? `, on ${day}` : ''}`],
    });
  });
}
