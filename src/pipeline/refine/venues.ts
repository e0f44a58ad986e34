// Where an in-person exchange took place when its own clause names no place: the story around it
// often does. Runs on merged events, before they are finalised.
import type { EventType } from '../../types.js';
import type { DocumentView, PlaceMention } from '../document.js';
import { TRAVELLING_PARTY_WORDS } from '../events/lexicon.js';
import { datelinePlace } from '../text/dateline.js';
import type { Merged } from './merge.js';
import { datesAgree } from './merge.js';

const IN_PERSON: EventType[] = ['meeting', 'handshake'];
/** A story's sentences about one trip stay this close; further apart, only matching days tie them. */
const NEAR = 3;
/** One person in person on one day is in one place: a story of that day may take some paragraphs to say so. */
const OCCASION = 10;

const gap = (a: Merged, b: Merged) => Math.min(...a.sentences.flatMap((i) => b.sentences.map((j) => Math.abs(i - j))));
const isDefault = (m: Merged) => m.dateFrom === 'default' || m.dateFrom === 'lead story';

/** Days from a to b (both YYYY-MM-DD). */
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** A trip made more than a month before the news (by the last day its date allows): over before any plan the story tells. */
function longOver(doc: DocumentView, v: Merged): boolean {
  if (v.status !== 'occurred' || !v.date || !doc.published) return false;
  const last = v.date.length === 4 ? `${v.date}-12-31` : v.date.length === 7 ? `${v.date}-28` : v.date;
  return days(last, doc.published) > 31;
}

/** Is the meeting's time the visit's? A day inside the trip (a day's slack), or the same story's undated mention. */
function duringTrip(m: Merged, v: Merged, near: boolean): boolean {
  if (m.date?.length === 10 && v.date?.length === 10) {
    const from = days(v.date, m.date);
    // A trip that has happened and a meeting still planned a week on ("will meet again next Saturday") are
    // not one stay: with no end of the trip told, a plan belongs to it only in its first days.
    const last = v.endDate?.length === 10 ? days(v.date, v.endDate) : m.status !== v.status ? 2 : 7;
    // "… hosted the ministers on Tuesday. Häkkänen travelled on to Riga on Wednesday": a journey told after
    // the meeting and begun after its day is the next leg, not the stay it was held on.
    if (from < 0 && Math.min(...v.sentences) > Math.max(...m.sentences)) return false;
    return from >= -1 && from <= last + 1;
  }
  // "Li met Lula, who wrapped up a state visit to China": a trip told in the meeting's own sentence, in
  // the same tense, frames it even when the text dates only the meeting.
  if (isDefault(v) && !v.sentences.some((i) => !m.sentences.includes(i))) return datesAgree(m.date, v.date, 7);
  // A trip the text itself does not date is too weak a tie ("on the sidelines of the visit" read as a trip of its own).
  // (The news's day or month a meeting takes by default is no tie to a trip another sentence dates weeks before it.)
  return near && !isDefault(v) && ((isDefault(m) && (v.sentences.includes(m.sentence) || !endedBefore(v.date, m.date))) || datesAgree(m.date, v.date, 7));
}

/** Whether a date (at any precision) ends more than a week before another starts. */
function endedBefore(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const end = a.length === 10 ? Date.parse(a) : a.length === 7 ? Date.UTC(+a.slice(0, 4), +a.slice(5, 7), 0) : Date.UTC(+a.slice(0, 4), 11, 31);
  const start = Date.parse(b.length === 10 ? b : b.length === 7 ? `${b}-01` : `${b}-01-01`);
  return start - end > 7 * 86_400_000;
}

/** Where a trip is last told before a meeting: its trigger, or the start of a later sentence that tells it again. */
function toldAt(doc: DocumentView, v: Merged, m: Merged): number {
  const later = v.sentences.filter((i) => i > v.sentence && i <= m.sentence);
  return later.length ? Math.max(v.triggerStart, doc.sentences[Math.max(...later)].s.start) : v.triggerStart;
}

/**
 * "Suluhu made her first trip to Uganda to sign oil deals with Museveni", "During his stay, Blinken is
 * expected to meet Wang Yi": a traveller meeting someone of the country visited, at the time of the
 * trip, meets there. A meeting the text does not date takes the trip's date too.
 */
function meetingsDuringVisits(doc: DocumentView, events: Merged[]): void {
  for (const m of events) {
    // A meeting placed in the visited country but in no city ("here", "in Nepal") takes the trip's city.
    if (!IN_PERSON.includes(m.type)) continue;
    if (m.host && m.place?.place) {
      whereClauseDay(doc, events, m);
      continue;
    }
    const trips = events.filter((v) => {
      if (v.type !== 'visit' || !v.host || v === m || (m.host && (m.host !== v.host || !v.place?.place))) return false;
      // "after flying back from a visit to Berlin", "He flew back to Canberra on Tuesday and met …": a trip
      // the traveller has come back from hosts nothing told after the return.
      if (cameBack(doc, v, m)) return false;
      // "arrived in Tel Aviv on Monday. On Tuesday he flew to Amman and met King Abdullah": a trip elsewhere
      // told between the two means the traveller had moved on.
      // (Between the trip's latest telling before the meeting and the meeting: "her visit to Taiwan" in the lead does not
      // put the stops told after it between the landing in Taipei and the talks there.)
      const vAt = toldAt(doc, v, m);
      const movedOn = events.some(
        (w) => w.type === 'visit' && w !== v && !(m.status === 'planned' && longOver(doc, w)) && !w.cameFrom && !!w.host && w.host !== v.host && w.triggerStart > vAt && w.triggerStart <= m.triggerStart && w.participants.some((p) => p.entity && m.participants.some((q) => q.entity === p.entity)),
      );
      if (movedOn) return false;
      // "… their first meeting since October 2023, when Petro visited China": a recalled trip hosts nothing of the story's.
      if (v.dateFrom === 'recalled') return false;
      // A meeting expected during a trip under way is planned while the trip has occurred.
      if (v.status !== m.status && !(v.status === 'occurred' && m.status === 'planned')) return false;
      // (Not a trip long over: "paid his first visit to Laos in September 2023" hosts no banquet he "will host".)
      if (m.status === 'planned' && longOver(doc, v)) return false;
      const travellers = (v.travellers.length ? v.travellers : v.participants).filter((t) => t.entity);
      const traveller = travellers.find((t) => m.participants.some((p) => p.entity === t.entity));
      if (!traveller) {
        // "Lammy held separate talks with his Indian counterpart" during Modi's visit: the traveller's
        // delegation meets the host's, at the trip's place, when the story tells both together.
        const delegation = travellers.find((t) => t.country && m.participants.some((p) => p.entity && p.country === t.country));
        if (!delegation || !m.participants.some((p) => p.country === v.host) || m.participants.length !== 2) return false;
        // ("Haddad, who is travelling with the president, met He Lifeng": one said to travel with the leader is
        // on the leader's trip, however far apart the story tells the two.)
        const accompanies = m.sentences.some((i) => ACCOMPANIES.test(doc.sentences[i].s.text));
        return (gap(m, v) <= 2 || accompanies) && duringTrip(m, v, true);
      }
      // The one met is of the country visited, or another visitor the story brings there at the time
      // ("Blinken arrived in Laos … Wang arrives in Laos … Blinken is to meet Wang on Saturday").
      const there = (p: Merged['participants'][number]) =>
        p.country === v.host ||
        (!!p.entity &&
          events.some((w) => w !== v && w.type === 'visit' && w.status === 'occurred' && w.host === v.host && w.participants.some((q) => q.entity === p.entity) && datesAgree(w.date, v.date, 7)));
      // "Kagame, who arrived in Addis Ababa on Friday, met Guterres on Saturday": a trip told first and a
      // meeting of its next days, in one sentence or the next, are one stay, whoever is met.
      const sameStay =
        gap(m, v) <= 1 &&
        v.triggerStart < m.triggerStart && m.date?.length === 10 && v.date?.length === 10 && days(v.date, m.date) >= 0 && days(v.date, m.date) <= (v.endDate?.length === 10 ? days(v.date, v.endDate) : 2);
      // "will travel to Tianjin on Tuesday to attend …, where he is to hold bilateral meetings with …": a meeting
      // told in a "where" clause after the traveller's journey in one sentence is at its end.
      const whereClause = v.sentences.includes(m.sentence) && v.triggerStart < m.triggerStart && IN_WHERE.test(doc.text.slice(v.triggerEnd, m.triggerStart));
      if (whereClause) return true;
      // ("Bush arrived in Montevideo last night from São Paulo, where he met Lula … He is due to hold talks with Vázquez
      // today": a stop the traveller came from is left behind; it frames nothing told after but its own "where" clause.)
      if (v.cameFrom) return false;
      // "When Peters last travelled to Tarawa, in May 2024, …, and Peters was received instead by Vice-President Toatu":
      // the traveller's meeting told after the trip in its sentence, at its time, with no one of another country.
      const sameTelling =
        v.sentences.includes(m.sentence) && v.triggerStart < m.triggerStart && !!m.date && m.date === v.date &&
        m.participants.every((p) => p.entity === traveller.entity || !p.country || p.country === v.host);
      if (!sameStay && !sameTelling && !m.participants.some((p) => p.entity !== traveller.entity && there(p))) return false;
      return duringTrip(m, v, gap(m, v) <= NEAR);
    });
    // "arrived in Tel Aviv on Monday. On Tuesday he flew to Amman and met King Abdullah": of several trips
    // that could frame it, the meeting is on the last one told before it.
    // (A trip told again later, "her visit to Taiwan" in the lead, is told last where its latest telling before the
    // meeting stands.)
    const before = trips.filter((v) => v.triggerStart <= m.triggerStart);
    const trip = before.length ? before.reduce((a, b) => (toldAt(doc, b, m) > toldAt(doc, a, m) ? b : a)) : trips[0];
    if (!trip) continue;
    const placed = !!m.host;
    if (placed) {
      m.place = trip.place;
      m.trace.push(`city ${trip.place?.place?.name}: held during the traveller's visit there`);
    } else {
      m.host = trip.host;
      if (trip.place?.place) m.place = trip.place;
    }
    // (In a "where" clause of the journey's sentence the meeting is on the journey's day, however precise.)
    const whereOfTrip = trip.sentences.includes(m.sentence) && trip.triggerStart < m.triggerStart && IN_WHERE.test(doc.text.slice(trip.triggerEnd, m.triggerStart));
    // (A day the story's lead gives, in the trip's first days, stands: "…, who had arrived in Estonia on Monday
    // evening" does not move talks on the margins of Tuesday's gathering to Monday.)
    const leadDayInTrip = m.dateFrom === 'lead story' && m.date?.length === 10 && trip.date?.length === 10 && days(trip.date, m.date) >= 0 && days(trip.date, m.date) <= 2;
    // ("arrived … for a one-day working visit": what is held during a trip of one day is on its day.)
    const oneDay = trip.date?.length === 10 && trip.sentences.some((i) => ONE_DAY.test(doc.sentences[i].s.text));
    // (One the text already placed keeps its date, unless told in the journey's "where" clause.)
    if (isDefault(m) && trip.date && !leadDayInTrip && (placed ? whereOfTrip && trip.date.length > (m.date?.length ?? 0) : !datesAgree(m.date, trip.date, 0) || ((whereOfTrip || oneDay) && trip.date.length > (m.date?.length ?? 0)))) {
      m.date = trip.date;
      m.endDate = null;
      m.dateFrom = 'context';
    }
    if (!placed) m.trace.push(`host ${trip.host}: held during the traveller's visit there (sentence ${trip.sentences[0] + 1})`);
  }
}

/**
 * "On Monday he leaves for Vilnius, where he will … hold talks with Adamkus": a meeting placed by the "where" clause
 * of a journey told in its sentence, with no day of its own, is on the journey's day.
 */
function whereClauseDay(doc: DocumentView, events: Merged[], m: Merged): void {
  if (!isDefault(m)) return;
  const trip = events.find(
    (v) =>
      v.type === 'visit' && v.status === m.status && v.host === m.host && v.date && v.date.length > (m.date?.length ?? 0) && datesAgree(m.date, v.date, 0) &&
      v.sentences.includes(m.sentence) && v.triggerStart < m.triggerStart && IN_WHERE.test(doc.text.slice(v.triggerEnd, m.triggerStart)),
  );
  if (!trip) return;
  m.date = trip.date;
  m.endDate = null;
  m.dateFrom = 'context';
  m.trace.push(`date ${trip.date}: told in the "where" clause of the journey there`);
}

/**
 * "… foresees a trip to Lima, where on 22 October she will meet the Peruvian chancellor": a journey the text does
 * not date is on the day of the meeting its "where" clause dates.
 */
function tripsOfWhereClauses(doc: DocumentView, events: Merged[]): void {
  for (const v of events) {
    if (v.type !== 'visit' || !isDefault(v) || !v.host) continue;
    const m = events.find(
      (x) =>
        IN_PERSON.includes(x.type) && x.status === v.status && x.host === v.host && x.dateFrom === 'sentence' && x.date && x.date.length > (v.date?.length ?? 0) &&
        datesAgree(x.date, v.date, 0) && v.sentences.includes(x.sentence) && v.triggerStart < x.triggerStart && IN_WHERE.test(doc.text.slice(v.triggerEnd, x.triggerStart)),
    );
    if (!m) continue;
    v.date = m.date;
    v.endDate = null;
    v.dateFrom = 'context';
    v.trace.push(`date ${m.date}: of the meeting its "where" clause tells`);
  }
}

/** A trip said to last one day: "a one-day working visit", "a day-long visit", "a day trip". */
const ONE_DAY = /(?<![\w-])(?:one-day|day-long|daylong|day)\s+(?:[\w-]+\s+)?(?:visit|trip)\b/i;

/** One of a leader's travelling party, anywhere in the meeting's sentences. */
const ACCOMPANIES = new RegExp(String.raw`\b${TRAVELLING_PARTY_WORDS}\b`, 'i');

/** Inside a "where" clause still open: a comma and "and" close it ("…, where she had talks with X, and held a dinner with Y"). */
const IN_WHERE = /,\s*where\s(?:(?!,\s*and\s)[^;])*$/i;

/** Coming home, or back from somewhere. */
const BACK = /\b(?:fl(?:ew|ies|y|ying|own)\s+(?:back|home)|return(?:ed|s|ing)?\s+(?:home|to)|(?:came|comes|coming|got|gets|getting)\s+(?:back|home))\b/i;
const BACK_FROM = /\b(?:back|home|return(?:ed|s|ing)?)\s+from\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The traveller came back from the trip before the meeting is told: the trip told as "back from a visit", or a return between the two. */
function cameBack(doc: DocumentView, v: Merged, m: Merged): boolean {
  if (BACK_FROM.test(doc.text.slice(Math.max(0, v.triggerStart - 40), v.triggerStart))) return true;
  if (v.triggerStart >= m.triggerStart) return false;
  // (From the trip's last telling before the meeting: "returned home on Friday after a three-day tour …" in the lead,
  // then "landed in Asunción on Wednesday" and the meeting there: the return told first is not between them.)
  const told = v.sentences.filter((i) => doc.sentences[i].s.start < m.triggerStart).map((i) => doc.sentences[i].s.start);
  const from = Math.max(v.triggerStart, ...told);
  // ("… was scheduled to leave for Abu Dhabi before returning to Brasilia on Sunday": a return still ahead is none yet.)
  const between = doc.text.slice(from, m.triggerStart);
  for (const r of between.matchAll(BACK_ALL)) {
    const at = from + r.index;
    const s = doc.sentences.find((x) => x.s.start <= at && at < x.s.end);
    if (!s || !RETURN_AHEAD.test(doc.text.slice(s.s.start, at))) return true;
  }
  return false;
}

const BACK_ALL = new RegExp(BACK.source, 'gi');
/** Before a return in its sentence: a plan ("was scheduled to", "will", "is to", "expected to"). */
const RETURN_AHEAD = /\b(?:will|would|shall|scheduled|expected|due|plans?|planned|set\s+to|(?:is|are|was|were)\s+to)\b/i;

/** A city, or a venue the knowledge places in one ("at the Great Hall of the People": Beijing). */
const cityLike = (p: PlaceMention) => p.place?.kind === 'city' || (p.place?.kind === 'venue' && !!p.place.city);
const isCity = (p: PlaceMention) => cityLike(p) && ['in', 'at', 'to'].includes(p.prep);
/** Words that open another clause, whose place is another event's ("after Y met Z in Shanghai"). */
const OTHER_CLAUSE = /\b(?:after|before|since|following|when|while|whereas|but|though|although|which|who|whom|ahead\s+of|amid|to\s+be\s+held|to\s+take\s+place)\b|;/i;

/** The one city of the host country a list of place mentions names, if just one. */
function oneCity(places: PlaceMention[], host: string): PlaceMention | null {
  // "to Tokyo and Osaka": a city listed without its own preposition still makes two.
  const all = places.filter((p) => cityLike(p) && p.place!.country === host);
  const names = new Set(all.map((p) => p.place!.city ?? p.place!.name));
  return names.size === 1 ? (all.find(isCity) ?? null) : null;
}

/**
 * "held talks in Cairo on a one-day official visit to Egypt", "began meetings in Beijing — the first
 * … to visit China": an exchange placed only in a country takes the one city of that country its own
 * clause names; a visit with none takes the one its headline names ("Minister Due in Banjul Today")
 * or the one where the traveller was just said to meet ("… hold talks in Pyongyang. It was the first
 * visit to North Korea by …"). Two cities ("in Auckland and Wellington") give none.
 */
function citiesOfCountries(doc: DocumentView, events: Merged[]): void {
  for (const m of events) {
    if (!m.host || m.place?.place || !(m.type === 'visit' || IN_PERSON.includes(m.type))) continue;
    const s = doc.sentences[m.sentence];
    const clause = s.places.filter((p) => {
      const [a, b] = p.start < m.triggerStart ? [p.end, m.triggerStart] : [m.triggerEnd, p.start];
      return !OTHER_CLAUSE.test(doc.text.slice(a, b));
    });
    let city = oneCity(clause, m.host);
    let why = 'named in its clause';
    // The headline tells the news of the day, not a trip of another time.
    if (!city && m.type === 'visit' && doc.published && datesAgree(m.date, doc.published, 3)) {
      const headline = doc.sentences.filter((h) => h.info.headline).flatMap((h) => h.places);
      city = oneCity(headline, m.host);
      why = 'named in the headline';
    }
    if (!city && m.type === 'visit') {
      const traveller = (m.travellers.length ? m.travellers : m.participants).filter((t) => t.entity);
      const met = events.filter(
        (o) =>
          o !== m &&
          IN_PERSON.includes(o.type) &&
          o.host === m.host &&
          !!o.place && cityLike(o.place) &&
          gap(o, m) <= 1 &&
          datesAgree(o.date, m.date, 7) &&
          o.participants.some((p) => traveller.some((t) => t.entity === p.entity)),
      );
      if (new Set(met.map((o) => o.place!.place!.city ?? o.place!.place!.name)).size === 1) {
        city = met[0].place;
        why = 'where the traveller was just said to meet';
      }
    }
    if (!city) continue;
    m.place = city;
    m.trace.push(`city ${city.place!.name}: ${why}`);
  }
}

/** "arrived here on Tuesday", "paid a courtesy call … here": here is the dateline's city. */
function hereIsTheDateline(doc: DocumentView, events: Merged[]): void {
  if (!doc.hereCountry) return;
  const name = datelinePlace(doc.text);
  const place = name ? doc.g.places.get(name)?.find((p) => p.kind === 'city' && p.country === doc.hereCountry) : undefined;
  if (!place) return;
  for (const m of events) {
    if (m.place?.place || (m.host && m.host !== doc.hereCountry) || !(m.type === 'visit' || IN_PERSON.includes(m.type))) continue;
    const s = doc.sentences[m.sentence].s;
    // From the trigger on: "arrived here" holds it.
    const here = /\bhere\b/i.exec(doc.text.slice(m.triggerStart, s.end));
    // "… welcoming him here," a minister said: a quote's "here" is its speaker's place.
    if (!here || /["“”]/.test(doc.text.slice(s.start, m.triggerStart + here.index))) continue;
    const at = m.triggerStart + here.index;
    m.host = doc.hereCountry;
    m.place = { start: at, end: at + 4, from: -1, to: -1, place, country: null, prep: '' };
    m.trace.push(`city ${place.name}: "here" under the dateline`);
  }
}

/**
 * "Obama shook hands with Castro at a memorial service in South Africa. … Making his way to the podium,
 * Obama also shook hands with Rousseff": an in-person exchange told some sentences after another of
 * the same day with one of the same people, and placed nowhere itself, happened at the same occasion.
 */
function sameOccasion(events: Merged[]): void {
  for (const m of events) {
    if (!IN_PERSON.includes(m.type) || m.host || !m.date || m.date.length < 7) continue;
    // A month-dated mention (talks refused or planned for the occasion) must follow right after it.
    const sameTime = (o: Merged) => o.date === m.date || (m.date!.length === 7 && !!o.date?.startsWith(m.date!) && gap(o, m) <= 1);
    const before = events.filter(
      (o) =>
        o !== m &&
        IN_PERSON.includes(o.type) &&
        !!o.host &&
        // An exchange called off is no occasion anything else was held at, and a plan lies ahead of the
        // occasion told, elsewhere; talks refused there were refused at it.
        (o.status === m.status || (o.status === 'occurred' && m.status === 'declined')) &&
        sameTime(o) &&
        Math.min(...o.sentences) < Math.min(...m.sentences) &&
        gap(o, m) <= OCCASION &&
        o.participants.some((p) => p.entity && m.participants.some((q) => q.entity === p.entity)),
    );
    const o = before[before.length - 1];
    if (!o) continue;
    m.host = o.host;
    m.place = o.place;
    m.trace.push(`host ${o.host}: the same day and occasion as the exchange in sentence ${o.sentences[0] + 1}`);
  }
}

/** What a place right after names a topic of: "to discuss the future of the force in Somalia", "the war in Sudan". */
const TOPIC_NEAR = /\b(?:discuss\w*|war|conflict|crisis|situation|forces?|fighting|troops|mission|violence|ceasefire)\b[^,;]{0,40}$/i;

/** "back from a visit to Berlin": a place come back from. */
const BACK_FROM_PLACE = /\b(?:back|home|return(?:ed|s|ing)?)\s+from\b[^,;]{0,30}$/i;

/** How many days before the news a meeting placed by the dateline may be. */
const NEWS_DAYS = 3;
// ("met on the sidelines with …": with no gathering named, the one the story is filed from.)
const SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins?)\b/i;

/**
 * "MONTEVIDEO — … Werthein met Orsi briefly on Saturday", "VIENTIANE — … Wang met Manalo on Thursday on the
 * sidelines of the annual gathering": a meeting of the days just before the news that no sentence places,
 * filed from a city where one side is at home or where the gathering it sits beside is held, took place
 * there — unless the story sends one of its sides abroad around then.
 */
function underTheDateline(doc: DocumentView, events: Merged[]): void {
  if (!doc.published || doc.published.length !== 10) return;
  // ("The Munich Security Conference wrapped up on Sunday, and as usual much of the diplomacy on the margins was
  // announced first on social media": with no dateline, the gathering of one city the lead opens with is where the
  // story is, for the meetings of its last days that nothing else places.)
  const lead = doc.hereCountry ? null : leadGathering(doc);
  const here = doc.hereCountry ?? lead?.country;
  if (!here) return;
  for (const m of events) {
    if (!IN_PERSON.includes(m.type) || m.host || m.status !== 'occurred' || m.date?.length !== 10) continue;
    // (A meeting the lead itself tells has its own clauses to place it: "met Mudavadi and said he hoped to build on
    // the outcomes of the conference held in Tunis".)
    if (lead && m.sentences.includes(lead.sentence)) continue;
    const before = days(m.date, doc.published);
    if (before < 0 || before > NEWS_DAYS) continue;
    const atHome = m.participants.some((p) => p.entity && p.country === here);
    const sidelines = m.sentences.some((i) => SIDELINES.test(doc.sentences[i].s.text));
    if (!lead && !atHome && !sidelines && !gatheringHereThen(doc, here, m.date)) continue;
    const away = events.some(
      (v) => v.type === 'visit' && v.host && v.host !== here && v.status === 'occurred' && datesAgree(v.date, m.date, 1) && v.participants.some((p) => p.entity && m.participants.some((q) => q.entity === p.entity)),
    );
    if (away) continue;
    // "TOKYO — Kishida met Biden on Sunday, a day after the G7 summit in Hiroshima": a place another clause
    // of its sentence names may be the meeting's; in the dateline's country it keeps the country, not the city.
    // (A place a topic names, "the force in Somalia", is no rival; nor one in the meeting's own clause, which would have placed it.)
    const told = m.sentences
      .flatMap((i) => doc.sentences[i].places)
      .filter((p) => (p.prep === 'in' || p.prep === 'at' || p.prep === 'to') && !TOPIC_NEAR.test(doc.text.slice(Math.max(0, p.start - 50), p.start)) && !BACK_FROM_PLACE.test(doc.text.slice(Math.max(0, p.start - 50), p.start)))
      .filter((p) => OTHER_CLAUSE.test(p.start > m.triggerStart ? doc.text.slice(m.triggerStart, p.start) : doc.text.slice(p.end, m.triggerStart)));
    const toldHere = told.every((p) => (p.place?.country ?? p.country?.code) === here);
    if (!toldHere) continue;
    m.host = here;
    if (doc.hereCity && !told.length) m.place = { start: -1, end: -1, from: -1, to: -1, place: doc.hereCity, country: null, prep: '' };
    m.trace.push(
      lead
        ? `host ${here}: a meeting of the days before the news, at the gathering the lead opens with`
        : `host ${here}: a meeting of the days before the news, ${atHome ? 'with a side at home' : sidelines ? 'beside a gathering' : 'on a day of the gathering the lead tells there'}, under the dateline`,
    );
  }
}

/** How many sentences from the top the lead may tell the gathering a story is filed from. */
const LEAD = 4;
const GATHERING = /\b(?:summit|conference|assembly|forum|games|olympics)\b/i;

/**
 * "JOHANNESBURG — Ramaphosa opened the G20 leaders' summit in Johannesburg on Saturday …": the lead tells a
 * gathering in the dateline's country on the meeting's day, so leaders meeting that day met beside it.
 */
function gatheringHereThen(doc: DocumentView, here: string, date: string): boolean {
  const at = (s: DocumentView['sentences'][number]) => s.places.filter((p) => p.prep === 'in' || p.prep === 'at').map((p) => p.place?.country ?? p.country?.code);
  return doc.sentences.slice(0, LEAD + 1).some(
    (s) =>
      GATHERING.test(s.s.text) &&
      // ("EVIAN-LES-BAINS, France — The leaders of the Group of Seven gathered on the shore of Lake Geneva on Sunday …, and
      // by Monday night the summit had …": a gathering the lead places nowhere else is the dateline's.)
      (at(s).includes(here) || (!at(s).length && !!doc.sentences[0] && doc.sentences.indexOf(s) <= 1 + doc.sentences.findIndex((x) => !x.info.headline && !x.info.heading))) &&
      s.dates.some((d) => !d.anchor && !d.vague && d.value.length === 10 && (d.value === date || (!!d.endValue && d.value <= date && date <= d.endValue))),
  );
}

/** The country of the one city a story's lead (its first sentence past the headings) names with a gathering ("The Munich Security Conference", "the summit in Evian"). */
function leadGathering(doc: DocumentView): { country: string; sentence: number } | null {
  const sentence = doc.sentences.findIndex((x) => !x.info.headline && !x.info.heading);
  const lead = doc.sentences[sentence];
  if (!lead || !GATHERING.test(lead.s.text)) return null;
  const cities = lead.places.filter((p) => p.place?.kind === 'city' && (p.prep === 'in' || p.prep === 'at' || (p.prep === 'the' && GATHERING_AFTER.test(doc.text.slice(p.end, p.end + 40)))));
  const countries = new Set(cities.map((p) => p.place!.country));
  return countries.size === 1 ? { country: [...countries][0], sentence } : null;
}
/** Right after a city: the gathering it names ("Munich Security Conference", "Davos forum", "Sochi summit"). */
const GATHERING_AFTER = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:summit|conference|assembly|forum|games|olympics)\b/iu;

export function placeEvents(doc: DocumentView, events: Merged[]): void {
  hereIsTheDateline(doc, events);
  citiesOfCountries(doc, events);
  meetingsDuringVisits(doc, events);
  tripsOfWhereClauses(doc, events);
  sameOccasion(events);
  underTheDateline(doc, events);
}
