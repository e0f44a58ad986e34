// One pass over an article that every later stage reads: sentences with their words, the mentions
// in them (people resolved across the document, countries, places, dates) and the line structure.
import { covers, type KnowledgeIndex } from '../knowledge/index.js';
import type { CountryDef, PlaceDef } from '../knowledge/types.js';
import { findDates, parseRef, writesDayFirst, type DateMention, type RefDate } from './mentions/dates.js';
import { gazetteer, type Gazetteer } from './mentions/gazetteer.js';
import { countryAt, FACILITY, HEADLINE_VERBS, NOT_NAME, pairedWithPlace, personMention, scanPeople, uncoveredCapitals, type PersonMention } from './mentions/people.js';
import { resolveEntities, type Entity, type ResolvedMention } from './resolve/entities.js';
import { orgHeads, ownOfficers, publisherCountry } from './resolve/publisher.js';
import { attachNominal, styledShortForms } from './resolve/styled-names.js';
import { describedLeaders } from './resolve/described-leaders.js';
import { homeOfficers, storyHome } from './resolve/home-officers.js';
import { shortTitles } from './resolve/short-titles.js';
import { dropNamesakeTowns, preferNamesakes } from './resolve/namesake-towns.js';
import { splitSentences, type Line, type Sentence } from './text/sentences.js';
import { analyseStructure, yearRef, type LineInfo } from './text/structure.js';
import { foldKey, words, type Word } from './text/words.js';
import { datelineCountryName, datelinePlace } from './text/dateline.js';
import { gramsOf, type Grams } from './text/literal-filter.js';
import { sortSmall } from './sort-small.js';
import { mapPacked } from './packed.js';

export interface CountryMention {
  start: number;
  end: number;
  from: number;
  to: number;
  country: CountryDef;
}

export interface PlaceMention {
  start: number;
  end: number;
  from: number;
  to: number;
  place: PlaceDef | null;
  /** Set when the place is a country named as a location ("in Thailand"). */
  country: CountryDef | null;
  /** Preposition before it: in, at, to, of … (lower-case), or ''. */
  prep: string;
}

export interface SentenceView {
  s: Sentence;
  info: LineInfo;
  ws: Word[];
  people: ResolvedMention[];
  countries: CountryMention[];
  places: PlaceMention[];
  dates: DateMention[];
  /** The sentence's folded trigrams: which patterns' literals it may hold (literal-filter). */
  grams: Grams;
}

export interface DocumentView {
  text: string;
  published: string | null;
  /** Country of the dateline's place: where "here" is. */
  hereCountry: string | null;
  /** The dateline's city, when the gazetteer knows it. */
  hereCity: PlaceDef | null;
  /** An agency's dateline day a little before the publication: the story's today, which its weekdays are told from. */
  storyDay?: string | null;
  sentences: SentenceView[];
  entities: Entity[];
  g: Gazetteer;
}

const EVENT_NAME = /^(?:Dialogue|Summit|Forum|Conference|Hotel|Declaration|Accords?|Agreement|Process|Talks|Group|Format|Initiative|Games|Club|University|Castle|Palace|Day|Parade|Festival)$/;
const NAME_PARTICLE = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des']);
/** The nouns that end a gathering's name, and the prepositions of being at one or going to it. */
const GATHERING_NOUN = /^(?:Dialogue|Summit|Forum|Conference|Talks|Games|Congress|Expo|Assembly|Meeting|Olympics)$/;
const GATHERING_PREP = new Set(['at', 'in', 'to', 'attend', 'attended', 'attending', 'attends']);
/**
 * A city of 100,000 or more, or one the curated knowledge lists (with no population): a gathering named for a smaller
 * town may be named for something else (knowledge/places.json holds those named for a hotel, the Shangri-La Dialogue).
 */
const namesTheCity = (p: PlaceDef) => p.kind === 'city' && (p.population === undefined || p.population >= 100_000);

/** The index of the gathering noun that ends a name of up to three more capitalised words at `i`, or -1. */
function gatheringEnd(ws: readonly Word[], i: number): number {
  for (let j = i; j < i + 4 && ws[j]?.cap; j++) if (GATHERING_NOUN.test(ws[j].text)) return j;
  return -1;
}
/** Words of a state's formal name before "of" and the country ("the Republic of …", "the Kingdom of …"). */
const STATE_FORM = new Set(['republic', 'kingdom', 'state', 'sultanate', 'emirate', 'federation', 'commonwealth', 'principality', 'duchy', 'confederation']);
/** A place name ends in a capital, or in "headquarters" ("UN headquarters", "NATO headquarters"). */
/** A place name's last word: capitalised, or an Arabic article joined to a capitalised name ("Sharm el-Sheikh", "Ras al-Khaimah"). */
/** A capitalised word before a surname that may be a given name: no function word, adverb, participle or headline verb. */
const isGivenName = (key: string) => key.length >= 3 && !NOT_NAME.has(key) && !HEADLINE_VERBS.has(key) && !/(?:ly|ing|ed|while|wards?|s)$/.test(key);

/** Head nouns that make the capitalised word before them a place's name ("Blair House", "Lancaster House"). */
const PLACE_HEAD = new Set(['house', 'hall', 'palace', 'street', 'square', 'avenue', 'road', 'airport', 'building', 'lodge', 'bridge', 'centre', 'center', 'stadium']);

/** Courtesies before a bare surname ("Mr Minh", "H.E. Wang"): no part of an unknown name. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'h.e', 'shri', 'smt', 'prof', 'gen', 'hon']);
const capEnd = (w: { cap: boolean; key: string; text: string }) => w.cap || w.key === 'headquarters' || /^\p{Ll}{1,3}-\p{Lu}/u.test(w.text);
/** Geographic common nouns that GeoNames also has as towns ("Valley", Alabama; "Harbor", Oregon). */
/** A month's name or its short form, which a day may follow ("Nov. 1", "March 5"). */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;

const GEO_NOUN = new Set(['valley', 'harbor', 'harbour', 'bay', 'beach', 'springs', 'lake', 'island', 'islands', 'river', 'falls', 'hills', 'hill', 'park', 'point', 'port', 'mountain', 'creek', 'coast', 'desert', 'gulf', 'strait', 'straits', 'peninsula', 'canyon', 'heights']);
/** Before "of" and a country, a body of water or a region named for it, not in it ("the Gulf of Guinea", "the Sea of Japan"). */
const WATER_OF = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'horn']);
const LOC_PREP = new Set(['in', 'at', 'to', 'of', 'near', 'from', 'into', 'visit', 'visited', 'visiting', 'visits', 'toured', 'for']);
/** A ministry's or minister's portfolio before a capitalised word: "Minister for Commerce", "Ministry of Commerce". */
const PORTFOLIO_OF = /\b(?:minister|ministry|secretary|department|adviser|advisor|commissioner|cabinet\s+secretary|chambers?)\s+(?:of|for)\s+(?:the\s+)?$/i;
/** Right after a country: its mission abroad ("'s new embassy", "'s consulate-general"), which stands in another country. */
const MISSION_OF = /^['’]s?\s+(?:new\s+|former\s+|old\s+)?(?:embassy|consulate|consulate-general|high\s+commission|permanent\s+mission|mission\s+to)\b/i;

/** Capitalised words after k, a few at most, that end in a facility's word ("Khalid International Airport"). */
function facilityAhead(text: string, ws: Word[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && ws[j]?.cap && /^[ \t]+$/.test(text.slice(ws[j - 1].end, ws[j].start)); j++) if (FACILITY.has(ws[j].key)) return true;
  return false;
}

/** Some mention names this one-word name with a title ("Foreign Minister Dar"). */
function titledAs(scanned: PersonMention[][], key: string): boolean {
  for (const list of scanned) for (const m of list) if (m.kind === 'titled' && m.name && foldKey(m.name) === key) return true;
  return false;
}

/** An article's lines and sentences, with each sentence's trigrams when they were counted already (first-look). */
export interface SplitText {
  lines: Line[];
  sentences: Sentence[];
  grams?: Grams[];
}

export function readDocument(text: string, published: string | null, kb: KnowledgeIndex): DocumentView {
  const steps = readingDocument(text, published, kb);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * readDocument a stage at a time: each next() runs one (sentences and words; people scanned; people
 * resolved; countries and places), and the last returns the view. extractBlock steps a block of
 * articles through each stage in turn, which keeps the stage's code hot in the processor's caches.
 */
export function* readingDocument(
  text: string,
  published: string | null,
  kb: KnowledgeIndex,
  look: SplitText = splitSentences(text),
): Generator<void, DocumentView, void> {
  const g = gazetteer(kb);
  const { lines, sentences, grams } = look;
  const dayFirst = writesDayFirst(text);
  const infos = analyseStructure(lines, published, dayFirst);
  const infoByLine = new Map(infos.map((i) => [i.line.index, i]));
  const storyDay = datelineDay(infos, published);
  const ref = parseRef(storyDay ?? published);
  if (ref) ref.dayFirst = dayFirst;

  const raw = sentences.map((s, i) => {
    const ws = words(s.text, s.start).filter((w) => !isDashSplit(w));
    return { s, ws: splitNamePairs(ws, g, text), info: infoByLine.get(s.line)!, grams: grams?.[i] };
  });

  yield;
  // People: scan each sentence, then add bare surnames of people named in full somewhere in the text.
  const scanned = mapPacked(raw, (r) => scanPeople({ g, text, ws: r.ws }));
  keepStatedPossessives(scanned);
  yield;
  const fullTokens = new Set<string>();
  /** The last word of each name written in full: a country's name that is also one ("Luís Montenegro") may stand for him. */
  const surnames = new Set<string>();
  for (const list of scanned)
    for (const m of list)
      if (m.name && m.name.split(/\s+/).length >= 2) {
        const parts = m.name.split(/\s+/);
        for (const t of parts) fullTokens.add(foldKey(t));
        surnames.add(foldKey(parts[parts.length - 1]));
      }
  // "Samia hosts Chapo as Dar, Maputo pledge …": a known surname alone, paired with a place, and never given in
  // full or with a title in the story, is the place's short form ("Dar" for Dar es Salaam).
  raw.forEach((r, i) => {
    const placeShort = (m: PersonMention) =>
      m.kind === 'known' && m.to - m.from === 1 && !fullTokens.has(r.ws[m.from].key) && !titledAs(scanned, r.ws[m.from].key) && pairedWithPlace({ g, text, ws: r.ws }, m.from);
    if (scanned[i].some(placeShort)) scanned[i] = scanned[i].filter((m) => !placeShort(m));
  });
  raw.forEach((r, i) => {
    const loose = uncoveredCapitals(r.ws, scanned[i]);
    const looseSet = new Set(loose);
    // "Deputy Minister Nguyen Minh Hang": a capitalised word between others no one knows is part of an unknown
    // name, not the bare surname of the "Pham Minh Chinh" named elsewhere.
    const unknownBeside = (k: number, j: number) =>
      looseSet.has(j) &&
      !fullTokens.has(r.ws[j].key) &&
      !g.offices.matchAt(r.ws, j) &&
      !g.places.matchAt(r.ws, j) &&
      !g.countries.matchAt(r.ws, j) &&
      !g.demonyms.matchAt(r.ws, j) &&
      !COURTESY.has(r.ws[j].key.replace(/\.$/, '')) &&
      /^[ \t]+$/.test(text.slice(r.ws[Math.min(k, j)].end, r.ws[Math.max(k, j)].start));
    // "In Ho Chi Minh City": a word inside a place's name of several words is no bare surname of the man it is named for.
    const inPlaceName = (k: number) => {
      for (let j = Math.max(0, k - 3); j <= k; j++) {
        const hit = g.places.matchAt(r.ws, j);
        if (hit && hit.to - hit.from >= 2 && hit.to > k) return true;
      }
      return false;
    };
    for (const k of loose) {
      const w = r.ws[k];
      if (!fullTokens.has(w.key) || inPlaceName(k)) continue;
      if ((g.countries.matchAt(r.ws, k) || g.demonyms.matchAt(r.ws, k)) && !surnameActs(r.ws, k, surnames)) continue;
      // (Between two: a courtesy or title before a known name stays apart — "Haji Mohamad bin Haji Hasan".)
      if (unknownBeside(k, k - 1) && unknownBeside(k, k + 1)) continue;
      // "received by Clinton at Blair House": a surname that opens a building's or a street's name is the place.
      const next = r.ws[k + 1];
      if (next?.cap && PLACE_HEAD.has(next.key) && /^[ \t]+$/.test(text.slice(w.end, next.start))) continue;
      // ("at King Khalid International Airport": so does one a facility's name goes on from.)
      if (facilityAhead(text, r.ws, k)) continue;
      // "Brigitte Macron took the leaders' spouses …": a given name no one in the story bears, right before the
      // surname, makes another person of that name (not in a headline's capitals, nor after an opening adverb).
      if (!r.info.headline && unknownBeside(k, k - 1) && isGivenName(r.ws[k - 1].key)) continue;
      // ("the Palacio de San Carlos", "St. Paul's": after a saint's title, a given name is a place's or a church's.)
      if (k > 0 && SAINT.has(r.ws[k - 1].key) && r.ws[k - 1].cap && /^\.?[ \t]+$/.test(text.slice(r.ws[k - 1].end, w.start))) continue;
      scanned[i].push(personMention(r.ws, 'bare', k, k + 1, null, w.text, {}));
    }
    sortSmall(scanned[i], (a, b) => a.start - b.start);
  });
  const publisher = publisherCountry(g, text);
  if (publisher) ownOfficers(g, kb, text, scanned.flat(), publisher, published);
  orgHeads(g, kb, text, scanned.flat(), published);
  const flat = scanned.flatMap((list, i) => list.map((mention) => ({ mention, sentence: i })));
  const { entities, resolved } = resolveEntities(kb, flat, published);
  resolveTitles(text, resolved, published);
  const bySentence = mapPacked(raw, () => [] as ResolvedMention[]);
  for (const r of resolved) bySentence[r.sentence].push(r);
  ownersCountries(g, text, raw, bySentence);
  describedGuests(g, text, raw, bySentence);
  describedLeaders(g, text, raw, bySentence);
  styledShortForms(g, text, raw, bySentence);
  shortTitles(text, raw, bySentence);

  yield;
  const views: SentenceView[] = mapPacked(raw, (r, i) => {
    const people = bySentence[i];
    const countries: CountryMention[] = [];
    const places: PlaceMention[] = [];
    const inPerson = (k: number) => people.some((p) => k >= p.mention.from && k < p.mention.to && p.mention.kind !== 'nominal');
    // Made once per sentence, not once per word: a closure per word was a tenth of what reading allocated.
    const capitalised = (a: number, b: number) => r.ws[a].cap && capEnd(r.ws[b - 1]);
    let beyond = 0;
    const capitalisedBeyond = (a: number, b: number) => capitalised(a, b) && b > beyond;
    for (let k = 0; k < r.ws.length; k++) {
      const c = countryAt(g, text, r.ws, k);
      if (c) beyond = c.to;
      const longer = c && g.places.matchAt(r.ws, k, capitalisedBeyond);
      if (c && !longer) {
        if (!inPerson(k))
          countries.push({ start: r.ws[k].start, end: r.ws[c.to - 1].end, from: k, to: c.to, country: c.country });
        // "to the Philippines", "in the United States": the article stands between the country and its preposition.
        // (An organisation after "of the" says whose something is: "the gathering of the Association of …".)
        const prep = townBefore(text, r.ws, k) ?? (r.ws[k - 1]?.key === 'the' && !c.country.isOrganisation ? r.ws[k - 2]?.key : r.ws[k - 1]?.key) ?? '';
        // "in the UK's embassy in Tokyo", "at Japan's consulate in Shanghai": a country's mission abroad is not in it.
        const mission = MISSION_OF.test(text.slice(r.ws[c.to - 1].end, r.ws[c.to - 1].end + 40));
        // "in Chinese" is a language, but "to Greenland" is a place even if the word is also a demonym.
        const onlyDemonym = !g.countries.matchAt(r.ws, k) && !!g.demonyms.matchAt(r.ws, k);
        // "arrived in the Chinese capital", "in the Laotian capital": a demonym before "capital" names the country.
        const capital = onlyDemonym && r.ws[c.to]?.key === 'capital';
        const water = prep === 'of' && r.ws[k - 2]?.cap === true && WATER_OF.has(r.ws[k - 2].key);
        if (LOC_PREP.has(prep) && !inPerson(k) && (!onlyDemonym || capital) && !mission && !water)
          places.push({ start: r.ws[k].start, end: r.ws[c.to - 1].end, from: k, to: c.to, place: null, country: c.country, prep });
        k = c.to - 1;
        continue;
      }
      if (!r.ws[k].cap || inPerson(k)) continue;
      const hit = g.places.matchAt(r.ws, k, capitalised);
      // "at the St. Petersburg International Economic Forum", "to the Munich Security Conference": a gathering named for a
      // city of some size is held there, and the city takes the preposition before the name's article.
      const heldAt = hit && r.ws[k - 1]?.key === 'the' && GATHERING_PREP.has(r.ws[k - 2]?.key ?? '') && namesTheCity(hit.values[0]) ? gatheringEnd(r.ws, hit.to) : -1;
      if (hit && heldAt >= 0) {
        places.push({ start: r.ws[k].start, end: r.ws[hit.to - 1].end, from: k, to: hit.to, place: hit.values[0], country: null, prep: r.ws[k - 2].key });
        k = heldAt;
        continue;
      }
      // "Shangri-La Dialogue", "Munich Security Conference", "Independence Day": the name of a meeting or an
      // occasion, not a town (Independence, Missouri).
      if (hit && EVENT_NAME.test(r.ws[hit.to]?.text ?? '') && !r.ws[k - 1]?.key.match(/^(?:in|to)$/)) {
        k = hit.to;
        continue;
      }
      // "Foz de Iguazú", "Ciudad del Este": the start of a longer name the table lacks, not the town
      // of the first word's name.
      if (hit && NAME_PARTICLE.has(r.ws[hit.to]?.key ?? '') && r.ws[hit.to + 1]?.cap) {
        k = hit.to + 1;
        continue;
      }
      // "the Barossa Valley", "Pearl Harbor": a geographic noun that ends a longer name is no town of that name.
      if (hit && hit.to === k + 1 && GEO_NOUN.has(r.ws[k].key) && r.ws[k - 1]?.cap && !LOC_PREP.has(r.ws[k - 1].key)) {
        continue;
      }
      // ("King Abdullah University", "the College of Commissioners": a facility's or a body's word alone is no town of
      // that name, College in Alaska or University in Mississippi.)
      if (hit && hit.to === k + 1 && FACILITY.has(r.ws[k].key)) continue;
      // ("the Alliance of Sahel States", "the League of Arab States": one word after "the" that a body's name goes on from
      // with "of" or "for" is no town of that name, Alliance in Ohio or League City in Texas.)
      if (hit && hit.to === k + 1 && r.ws[k - 1]?.key === 'the' && BODY_NAME_GOES_ON.has(r.ws[hit.to]?.key ?? '') && (r.ws[hit.to + 1]?.cap || (r.ws[hit.to + 1]?.key === 'the' && r.ws[hit.to + 2]?.cap)))
        continue;
      // "at King Khalid International Airport", "President Kennedy Center": a title before a name is no town called King.
      // ("a State Visit to The King": nor is a title after "the", which names its holder.)
      if (hit && (r.ws[hit.to]?.cap || r.ws[k - 1]?.key === 'the') && g.offices.matchAt(r.ws, k)) {
        k = hit.to - 1;
        continue;
      }
      // "the Republic of Indonesia", "the Kingdom of Bahrain": a state's formal name, not a town called Republic.
      // ("the Republic of the Philippines": the country's own article may follow "of".)
      if (hit && STATE_FORM.has(r.ws[hit.to - 1].key) && r.ws[hit.to]?.key === 'of' && countryAt(g, text, r.ws, r.ws[hit.to + 1]?.key === 'the' ? hit.to + 2 : hit.to + 1)) {
        k = hit.to - 1;
        continue;
      }
      // "Federal Minister for Commerce", "Commerce Adviser": a portfolio, not the Californian town it also names.
      if (hit && PORTFOLIO_OF.test(text.slice(Math.max(0, r.ws[k].start - 40), r.ws[k].start))) {
        k = hit.to - 1;
        continue;
      }
      // "in Panama City, Panama": the country the writer sets after the town's comma says which town is meant; a small
      // namesake of another country, the only one the table holds (Panama City, Florida), is not it.
      if (hit && hit.values[0].kind === 'city' && !!hit.values[0].population && hit.values[0].population < NAMESAKE_POPULATION && r.ws[hit.to] && /^\s*,\s*$/.test(text.slice(r.ws[hit.to - 1].end, r.ws[hit.to].start))) {
        // (A country's own name, not a demonym opening the next clause: "After visiting Beijing, French President …".)
        const said = g.countries.matchAt(r.ws, hit.to) ? countryAt(g, text, r.ws, hit.to) : null;
        // ("to Sao Tome, Angola, Mozambique and Namibia": a list of stops goes on with another place or "and".)
        const listed = !!said && (/^\s*(?:and|or)\b/i.test(text.slice(r.ws[said.to - 1].end, r.ws[said.to - 1].end + 5)) || (r.ws[said.to]?.cap && /^\s*,\s*$/.test(text.slice(r.ws[said.to - 1].end, r.ws[said.to].start)) && !!(countryAt(g, text, r.ws, said.to) || g.places.matchAt(r.ws, said.to))));
        if (said && !listed && !hit.values.some((v) => v.country === said.country.code)) {
          k = hit.to - 1;
          continue;
        }
      }
      // "the visit to Kunashir on Nov. 1": a month written short before its day is a date, not Nov in Tajikistan.
      if (hit && hit.to === k + 1 && MONTH_WORD.test(r.ws[k].key) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(r.ws[hit.to]?.text ?? '')) continue;
      if (hit) {
        // "at the Kremlin", "at the Élysée Palace": a venue's article stands between it and its preposition.
        const prep = (hit.values[0].kind === 'venue' && r.ws[k - 1]?.key === 'the' ? r.ws[k - 2]?.key : r.ws[k - 1]?.key) ?? '';
        places.push({ start: r.ws[k].start, end: r.ws[hit.to - 1].end, from: k, to: hit.to, place: hit.values[0], country: null, prep });
        k = hit.to - 1;
      }
    }
    return new LazySentence(r.s, r.info, r.ws, people, countries, places, ref, r.grams);
  });
  const here = datelinePlace(text);
  // ("EVIAN-LES-BAINS, France, June 16 —": a town the gazetteer lacks, in the country the dateline writes after it.)
  const writtenCountry = here ? datelineCountryName(text) : null;
  const writtenCode = writtenCountry ? (g.countries.get(writtenCountry)?.[0]?.code ?? null) : null;
  const herePlace = preferNamesakes(g, views, entities, here ? (g.places.get(here)?.[0] ?? null) : null, writtenCode);
  const hereCountry = herePlace?.country ?? (here ? (g.countries.get(here)?.[0]?.code ?? null) : null) ?? writtenCode;
  const hereCity = herePlace?.kind === 'city' && herePlace.country === hereCountry ? herePlace : here ? (g.places.get(here)?.find((p) => p.kind === 'city' && p.country === hereCountry) ?? null) : null;
  dropNamesakeTowns(views, entities, hereCountry);
  homeOfficers(g, kb, views, entities, storyHome(hereCountry, views), published);
  return { text, published, hereCountry, hereCity, storyDay, sentences: views, entities, g };
}

/**
 * "Maputo, 25 jun 2025 (Lusa) - … held talks today": an agency's dateline a day or three before the page's publication
 * is the story's today (the page went up later), which its "today" and "on Tuesday" are told from.
 */
function datelineDay(infos: LineInfo[], published: string | null): string | null {
  if (published?.length !== 10) return null;
  const top = infos.slice(0, 3).find((i) => i.dateline && i.leadDate);
  const day = top?.leadDate?.value;
  if (day?.length !== 10 || day >= published) return null;
  return (Date.parse(published) - Date.parse(day)) / 86_400_000 <= 3 ? day : null;
}

/** The verbs a person, not a country, opens a clause with: "Montenegro received Chapo", "Montenegro said". */
const PERSON_VERB = /^(?:said|says|told|met|meets|received|receives|welcomed|hosted|hosts|held|holds|visited|visits|travell?ed|flew|spoke|speaks|phoned|called|thanked|praised|added|wrote|will|would|has|had|was|is)$/;

/**
 * "Montenegro received Daniel Chapo": a country's name that is the surname of one the text names in full is he, when
 * it opens a clause (not after a preposition or an article) and a verb a person says or does follows.
 */
function surnameActs(ws: Word[], k: number, surnames: Set<string>): boolean {
  if (!surnames.has(ws[k].key) || ws[k + 1]?.cap !== false || !PERSON_VERB.test(ws[k + 1].key)) return false;
  const prev = ws[k - 1];
  return !prev || !/^(?:in|to|from|of|with|for|by|at|on|and|or|the|a|an|between|against|into|across|via|visit|visited|visiting)$/.test(prev.key);
}

/**
 * Dates are read only where a stage asks (sentences with an exchange in them): chrono is the
 * costliest reader, and most sentences of a news feed tell no exchange. A class, so the lazy parts
 * are prototype getters rather than two new closures per sentence.
 */
class LazySentence implements SentenceView {
  private dateList: DateMention[] | undefined;
  constructor(
    readonly s: Sentence,
    readonly info: LineInfo,
    readonly ws: Word[],
    readonly people: ResolvedMention[],
    readonly countries: CountryMention[],
    readonly places: PlaceMention[],
    private readonly ref: RefDate | null,
    private gramSet: Grams | undefined,
  ) {}
  get grams(): Grams {
    return (this.gramSet ??= gramsOf(this.s.text));
  }
  get dates(): DateMention[] {
    return (this.dateList ??= sentenceDates(this.s, this.info, this.ref, this.grams));
  }
}

function sentenceDates(s: Sentence, info: LineInfo, ref: RefDate | null, grams: Grams): DateMention[] {
  const lead = info.leadDate;
  // Under a heading dated to the day ("Foreign Secretary's call …: 22 January 2026"), "today" and "on
  // Monday" are told as of that day, not of the page's publication.
  const section = info.sectionDate && info.sectionDate !== lead && info.sectionDate.value.length === 10 ? { ...parseRef(info.sectionDate.value)!, dayFirst: ref?.dayFirst } : null;
  const dates = findDates(s.text, s.start, yearRef(section ?? ref, info.yearContext), grams).filter(
    (d) => !lead || d.end <= lead.start || d.start >= lead.end,
  );
  if (info.yearContext) for (const d of dates) if (!d.explicitYear) d.value = `${info.yearContext}${d.value.slice(4)}`;
  return dates;
}

/**
 * "The President telephoned …", "the U.S. president had already scrapped …": a definite title with no
 * name is the person this text last named with that office (and country, when one is written).
 */
function resolveTitles(text: string, resolved: ResolvedMention[], published: string | null): void {
  // "The President phoned Albanese and Indonesian President Widodo … the president assured Albanese":
  // a definite title keeps naming whom it named before.
  const named = new Map<string, Entity>();
  resolved.forEach((r, i) => {
    const m = r.mention;
    if (m.kind !== 'nominal' || !m.office || m.office.id === 'official' || m.former) return;
    // "The Prime Minister (the Right Honourable Sir Keir Starmer MP)", "The Federal Minister for Foreign Affairs (Dr Johann
    // Wadephul)": a court's or a parliament's style names the holder in brackets after the office (and what it is for).
    const next = resolved[i + 1];
    if (next?.entity && next.mention.kind !== 'nominal' && next.mention.start - m.end < 160 && text.slice(m.end, next.mention.start).includes('(')) {
      if (BRACKETED.test(text.slice(m.end, next.mention.start)) && BRACKET_CLOSE.test(text.slice(next.mention.end, next.mention.end + 12))) {
        r.entity = next.entity;
        next.entity.mentions.push(m);
        // (The same title alone later names the same holder.)
        named.set(`${(m.officeText ?? '').toLowerCase()}|${m.country ?? ''}`, next.entity);
        return;
      }
    }
    // (One name alone in the brackets makes one holder, whatever the title's last word: "… for Foreign Affairs (…)".)
    if (m.plural) return;
    // ("The Federal Minister for Foreign Affairs": a style word of the state may stand between.)
    // ("Mr President hosted …", "Madam President": the courtesy of address names the holder as 'the' does.)
    if (!/\b(?:the|Mr\.?|Madam|Madame)\s*$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^the\b/i.test(text.slice(m.start, m.end)) && !FEDERAL_THE.test(text.slice(Math.max(0, m.start - 16), m.start))) return;
    // "The President of the Transition of Mali, General Assimi Goïta, …" opening a sentence: the name set off
    // right after the title is whom it names, not whoever held a presidency in the story before.
    const opens = /(?:^|[.!?]["”]?\s+|\n\s*|\s[—–-]{1,2}\s*)(?:the\s*)?$/i.test(text.slice(Math.max(0, m.start - 80), m.start));
    // ("was received by the Yang di-Pertuan Agong Sultan Mizan Zainal Abidin": a title run straight into another
    // titled name is that person's first title, wherever it stands.)
    const runsInto = next?.entity && next.mention.kind === 'titled' && /^[ \t]+$/.test(text.slice(m.end, next.mention.start));
    if (next?.entity && next.mention.kind !== 'nominal' && ((opens && APPOSED.test(text.slice(m.end, next.mention.start))) || runsInto)) {
      r.entity = next.entity;
      next.entity.mentions.push(m);
      return;
    }
    const key = `${(m.officeText ?? '').toLowerCase()}|${m.country ?? ''}`;
    const before = named.get(key);
    if (before) {
      r.entity = before;
      before.mentions.push(m);
      return;
    }
    // The same wording first ("the Foreign Secretary" is the one called Foreign Secretary, not a
    // "Cabinet Secretary for Foreign Affairs" named since), then the same office.
    const wording = (e: Entity) => !!e.officeText && e.officeText.toLowerCase() === (m.officeText ?? '').toLowerCase();
    // (But "the Prime Minister" is not a chancellor or a premier named before: a leader's distinct title keeps them apart.)
    const sameOffice = (e: Entity) =>
      !!e.office && (e.office.id === m.office!.id || e.office.title === m.office!.title) && headTitlesAgree(e.officeText, m.officeText);
    // "Prince Mohammed bin Salman …, Crown Prince and Prime Minister, received …" … "the Crown Prince": the
    // one the story named with that title set off after the name.
    const title = (m.officeText ?? '').toLowerCase();
    const written = (e: Entity) =>
      e.mentions.some((x) => x.kind !== 'nominal' && x.end <= m.start && hasWords(TITLE_AFTER.exec(text.slice(x.end, x.end + 100))?.[1] ?? '', title));
    // ("… and Vice-President of the Commission, Kaja Kallas, received … The High Representative will travel": one
    // named before whom the knowledge has hold the office on the page's date, however far the title stood from the name.
    // Not a possessive, "the foreign minister's visit", whose journey refers back to one told by the office alone; nor
    // another head title, a chancellor for "the Prime Minister".)
    const holds = (e: Entity) =>
      !!published && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !!e.official?.terms.some((t) => t.office_id === m.office!.id && headTitlesAgree(t.office, m.officeText) && covers(t, published));
    for (const fits of [wording, written, sameOffice, holds])
      for (let j = i - 1; j >= 0; j--) {
        const e = resolved[j].entity;
        if (!e || !fits(e)) continue;
        // "The Indonesian Foreign Minister" is no one of another country, nor one whose country is unknown.
        if (m.country && e.country !== m.country) continue;
        r.entity = e;
        e.mentions.push(m);
        named.set(key, e);
        return;
      }
  });
}

/** The titles set off by a comma right after a name: "…, Crown Prince and Prime Minister, …". */
const TITLE_AFTER = /^\s*,\s*([^,;.()]{2,80})/;

/** Whether `words` appear whole, in order, in `text` (both compared in lower case). */
function hasWords(text: string, words: string): boolean {
  if (!words) return false;
  const at = text.toLowerCase().indexOf(words);
  return at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + words.length] ?? '');
}

const FEDERAL_THE = /\bthe\s+(?:Federal|Union|State|Royal|Imperial)\s+$/i;

/** Between an office and the holder's name in brackets: "(the Right Honourable ", "(His Excellency Mr ", "(Dr ". */
const BRACKETED = /^(?:\s+(?:for|of)\s+[^()]{1,100}?)?\s*\(\s*(?:the\s+)?(?:(?:Right\s+Honourable|Rt\.?\s+Hon\.?|Honourable|Hon\.?|His\s+Excellency|Her\s+Excellency|H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Alderman|General|Lord|Lady|Baroness|Baron)\s+)*$/i;
/** After the name: postnominal letters at most, then the bracket closes ("MP)", "KC)"). */
const BRACKET_CLOSE = /^(?:\s+[A-Z]{2,4})*\s*\)/;

/** Between a title (and what it is "of") and the name set off after it: a comma, and perhaps a rank ("General", "Dr"). */
const APPOSED = /^(?:\s+of\s+[^,;.]{1,60})?\s*,\s*(?:(?:General|Gen\.|Colonel|Col\.|Captain|Capt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?$/;

/** Leaders' titles that name distinct posts: "prime minister" and "chancellor" share an office id but not a holder. */
const HEAD_TITLE = /\b(?:prime\s+minister|chancellor|premier|president|king|queen|emir|sultan|crown\s+prince|taoiseach)\b/i;

function headTitlesAgree(a: string | null, b: string | null): boolean {
  const x = a ? HEAD_TITLE.exec(a) : null;
  const y = b ? HEAD_TITLE.exec(b) : null;
  return !x || !y || x[0].toLowerCase().replace(/\s+/g, ' ') === y[0].toLowerCase().replace(/\s+/g, ' ');
}

/**
 * "Orsi … according to his foreign minister, Mario Lubetkin", "Uruguay and its foreign minister": a title
 * with no country of its own, owned by "his" or "her", is of the country of the person named just
 * before it; owned by "its", of the country named just before it.
 */
function ownersCountries(g: Gazetteer, text: string, raw: Array<{ ws: Word[] }>, bySentence: ResolvedMention[][]): void {
  raw.forEach((r, i) => {
    for (const p of bySentence[i]) {
      const m = p.mention;
      if (m.country || !m.office || m.from < 1 || (p.entity?.country ?? null) !== null) continue;
      const owner = r.ws[m.from - 1].key;
      let code: string | null = null;
      if (owner === 'his' || owner === 'her') {
        const before = bySentence[i].filter((o) => o !== p && o.mention.end <= m.start && o.entity?.country && !o.mention.plural);
        code = before.length ? before[before.length - 1].entity!.country : null;
      } else if (owner === 'its') {
        for (let k = m.from - 2; k >= 0 && !code; k--) {
          const c = countryAt(g, text, r.ws, k);
          if (c && c.to <= m.from - 1) code = c.country.code;
          // "the Cook Islands, a self-governing nation in free association with New Zealand, over agreements its prime
          // minister signed": a country inside an apposition set off by commas describes the one before it, whose "its" it is.
          if (c && c.to <= m.from - 1) code = apposedTo(g, text, r.ws, k, c.to)?.code ?? code;
        }
      }
      if (!code) continue;
      m.country = code;
      if (p.entity && !p.entity.country) p.entity.country = code;
    }
  });
}

/** The words a body's name goes on with after its head noun: "the Alliance of …", "the Union for …". */
const BODY_NAME_GOES_ON = new Set(['of', 'for']);

/**
 * The country an apposition holding the country at words [from, to) describes: ", a nation in free association with
 * New Zealand," closed by a comma right after it, opened by ", a" or ", an" right after another country.
 */
function apposedTo(g: Gazetteer, text: string, ws: Word[], from: number, to: number): CountryDef | undefined {
  if (!/^\s*,/.test(text.slice(ws[to - 1].end, ws[to]?.start ?? ws[to - 1].end))) return undefined;
  const open = text.lastIndexOf(',', ws[from].start);
  if (open < 0 || !/^,\s+(?:a|an)\s[^,;.]*$/i.test(text.slice(open, ws[from].start))) return undefined;
  let last = from - 1;
  while (last >= 0 && ws[last].end > open) last--;
  if (last < 0 || !/^\s*$/.test(text.slice(ws[last].end, open))) return undefined;
  for (let j = last; j >= Math.max(0, last - 3); j--) {
    const c = countryAt(g, text, ws, j);
    if (c && c.to === last + 1) return c.country;
  }
  return undefined;
}

const GUEST_WORD = new Set(['guest', 'visitor']);
const GUEST_DET = new Set(['the', 'our', 'his', 'her', 'their', 'its']);

/**
 * "Sharif is to meet the Chinese guest", "the Kenyan visitor": a guest named by a description is a
 * person of that country the text named before. Only sentences with either word are read.
 */
function describedGuests(g: Gazetteer, text: string, raw: Array<{ ws: Word[]; s: Sentence }>, bySentence: ResolvedMention[][]): void {
  raw.forEach((r, i) => {
    if (!r.s.text.includes('guest') && !r.s.text.includes('visitor')) return;
    const ws = r.ws;
    for (let k = 2; k < ws.length; k++) {
      if (!GUEST_WORD.has(ws[k].key) || !GUEST_DET.has(ws[k - 2].key)) continue;
      const c = countryAt(g, text, ws, k - 1);
      if (!c || c.to !== k || bySentence[i].some((p) => p.mention.from <= k - 1 && p.mention.to > k - 1)) continue;
      const code = c.country.code;
      // The story's guest is the one of that country it has told most of so far, else the first it named
      // ("received Vice-Premier Ding … a call with Foreign Minister Wang … to meet the Chinese guest": Ding).
      const told = new Map<Entity, number>();
      for (let j = 0; j <= i; j++)
        for (const p of bySentence[j])
          if (p.entity?.country === code && p.mention.end <= ws[k - 1].start) told.set(p.entity, (told.get(p.entity) ?? 0) + 1);
      let entity: Entity | null = null;
      for (const [e, n] of told) if (!entity || n > told.get(entity)!) entity = e;
      if (!entity) continue;
      attachNominal(bySentence[i], i, entity, ws, k - 1, k + 1, code);
    }
  });
}

/**
 * "Sweden's Pål Jonson", named by a country's possessive alone and unknown to the knowledge, is one of the
 * officials the story is telling of only where an office is written in that sentence or the one before
 * ("Defence ministers of the Nordic-Baltic Eight met … Pevkur hosted Sweden's Pål Jonson, …"); in a story
 * of no office, "Serbia's Novak Djokovic met Spain's Carlos Alcaraz" names players, not states' envoys.
 */
function keepStatedPossessives(scanned: PersonMention[][]): void {
  const office = (list: PersonMention[] | undefined) => !!list?.some((m) => m.office && !m.local);
  scanned.forEach((list, i) => {
    if (office(list) || office(scanned[i - 1])) return;
    for (let k = list.length - 1; k >= 0; k--) if (list[k].kind === 'titled' && !list[k].office && !list[k].known.length) list.splice(k, 1);
  });
}

/** A saint's title that opens a place's name: "San Carlos", "Santa Cruz", "São Paulo", "St. Petersburg". */
const SAINT = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'st', 'st.', 'sainte', 'sant']);


function isDashSplit(w: Word): boolean {
  return w.text === '-';
}

const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends just before i (a surrogate pair whole), as a string; '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const pair = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return pair ? text.slice(i - 2, i) : text[i - 1];
}

/** The code point that starts at i, as a string; '' at the end. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const pair = isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
  return pair ? text.slice(i, i + 2) : text[i];
}

/**
 * `part` somewhere in the text with no letter or hyphen touching it: what the pattern
 * (?<![\p{L}-])part(?![\p{L}-]) finds, without building it for every hyphenated name.
 */
export function occursAlone(text: string, part: string): boolean {
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1))
    if (!LETTER_OR_HYPHEN.test(charBefore(text, i)) && !LETTER_OR_HYPHEN.test(charAt(text, i + part.length))) return true;
  return false;
}

/**
 * "Biden-Xi", "Sullivan-Yang": two capitalised names joined by a hyphen are two people when each half
 * is a known name or stands alone elsewhere in the text; "Akufo-Addo", "Kassym-Jomart" and a known "Frank-Walter" stay whole.
 */
/** A first half that opens a name rather than naming someone. */
const NAME_PARTICLE_HALF = /^(?:Al|El|Ul|Bin|Ibn|Abu|Ben|Ould|Ag)$/;

function splitNamePairs(ws: Word[], g: Gazetteer, text: string): Word[] {
  const out: Word[] = [];
  // ("Jens-Frederik Nielsen": halves known only as officials' given names, Jens Stoltenberg's and King Frederik's, name
  // no one alone; a pair is of the names an official goes by, "Biden", "Xi".)
  const standsAlone = (part: string) => g.officialShortNames.has(foldKey(part)) || occursAlone(text, part);
  ws.forEach((w, i) => {
    const m = w.text.includes('-') ? /^(\p{Lu}[\p{L}\p{M}'’]+)-(\p{Lu}[\p{L}\p{M}'’]+)$/u.exec(w.text) : null;
    // "landed at Tunis-Carthage airport", "Paris-Orly Airport": an airport named for its city and its district is in
    // that city, whose name the halves apart let the gazetteer find.
    if (m && (ws[i + 1]?.key === 'airport' || (ws[i + 1]?.key === 'international' && ws[i + 2]?.key === 'airport'))) {
      out.push({ text: m[1], key: foldKey(m[1]), start: w.start, end: w.start + m[1].length, cap: true, roots: 0, rootsOf: -1 });
      const s2 = w.start + m[1].length + 1;
      out.push({ text: m[2], key: foldKey(m[2]), start: s2, end: s2 + m[2].length, cap: true, roots: 0, rootsOf: -1 });
      return;
    }
    // "Frank-Walter Steinmeier": a hyphenated word that is itself part of a known name stays whole.
    // ("Al-Sabah", "El-Sisi", "Abu-Ghazaleh": an Arabic article or patronymic particle opens one name, never a person.)
    if (m && !NAME_PARTICLE_HALF.test(m[1]) && standsAlone(m[1]) && standsAlone(m[2]) && !g.officialTokens.has(w.text.toLowerCase())) {
      out.push({ text: m[1], key: foldKey(m[1]), start: w.start, end: w.start + m[1].length, cap: true, roots: 0, rootsOf: -1 });
      const s2 = w.start + m[1].length + 1;
      out.push({ text: m[2], key: foldKey(m[2]), start: s2, end: s2 + m[2].length, cap: true, roots: 0, rootsOf: -1 });
    } else out.push(w);
  });
  return out;
}

/** A town smaller than this, of another country than the one written after it, is a namesake. */
const NAMESAKE_POPULATION = 100_000;

/**
 * "in Heiligendamm, Germany": a country after a comma and a town the gazetteer lacks is where the town is, so it
 * takes the town's preposition.
 */
function townBefore(text: string, ws: Word[], k: number): string | null {
  if (k < 2 || !ws[k - 1].cap || !/^\s*,\s*$/.test(text.slice(ws[k - 1].end, ws[k].start))) return null;
  let j = k - 1;
  while (j > 0 && ws[j].cap && k - j <= 3 && (j === k - 1 || /^\s+$/.test(text.slice(ws[j].end, ws[j + 1].start)))) j--;
  return j < k - 1 && LOC_PREP.has(ws[j].key) && /^\s+$/.test(text.slice(ws[j].end, ws[j + 1].start)) ? ws[j].key : null;
}
