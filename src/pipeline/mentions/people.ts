// People as a sentence names them: a title and a name ("China’s then defence minister Wei Fenghe"),
// a known official ("Xi Jinping", "Blinken"), an honorific ("Mr Sinha"), a counterpart
// ("his Chinese counterpart Jinping"), or an unnamed side ("a senior US diplomat").
import type { CountryDef, OfficeDef, Official } from '../../knowledge/types.js';
import { isPossessive, startsUpper, type Word } from '../text/words.js';
import { pickOffice, type Gazetteer } from './gazetteer.js';
import { sortSmall } from '../sort-small.js';

export type PersonKind = 'titled' | 'known' | 'honorific' | 'counterpart' | 'nominal' | 'bare';

export interface PersonMention {
  kind: PersonKind;
  /** Span of the whole mention, title included. */
  start: number;
  end: number;
  /** Span of the name alone (equal to the whole for unnamed sides). */
  nameStart: number;
  nameEnd: number;
  name: string | null;
  /** Word indices of the whole mention in the sentence. */
  from: number;
  to: number;
  office: OfficeDef | null;
  /** The title as written ("then defence minister" → "defence minister"). */
  officeText: string | null;
  country: string | null;
  former: boolean;
  plural: boolean;
  known: Official[];
  /** Further countries of a plural title ("top diplomats of North Korea and China"). */
  alsoCountries: string[] | null;
  /**
   * The title is a region's, a city's or a firm's, not a state's: "Queensland Premier David Crisafulli",
   * "Punjab Chief Minister …", "Aramco chief executive …". Such a person is no side of an exchange between states.
   */
  local: boolean;
  /** One of the names listed after a plural title ("the two foreign ministers, A and B"): of either side's country. */
  listed: boolean;
  /** The courtesy written right before the name ("dr" of "Dr Manmohan Singh", "mrs"), which tells namesakes apart. */
  style: string | null;
}

/** What a mention says beyond its words; left out, a field is empty (null, false, none known). */
export interface MentionParts {
  office?: OfficeDef | null;
  officeText?: string | null;
  country?: string | null;
  former?: boolean;
  plural?: boolean;
  known?: Official[];
  alsoCountries?: string[] | null;
  local?: boolean;
  listed?: boolean;
}

/**
 * A mention of words [from, to), its name written `name` over the words `run` spans (the whole mention when null). Every
 * mention is made here, its fields set in one order, so all share one hidden class: a field added
 * later, or set in another order at one site, made the stages reading mentions deoptimise.
 */
export function personMention(
  ws: readonly Word[],
  kind: PersonKind,
  from: number,
  to: number,
  run: { from: number; to: number } | null,
  name: string | null,
  p: MentionParts,
): PersonMention {
  const start = ws[from].start;
  const end = ws[to - 1].end;
  return {
    kind,
    start,
    end,
    nameStart: run ? ws[run.from].start : start,
    nameEnd: run ? ws[run.to - 1].end : end,
    name,
    from,
    to,
    office: p.office ?? null,
    officeText: p.officeText ?? null,
    country: p.country ?? null,
    former: p.former ?? false,
    plural: p.plural ?? false,
    known: p.known ?? [],
    alsoCountries: p.alsoCountries ?? null,
    local: p.local ?? false,
    listed: p.listed ?? false,
    style: run ? styleBefore(ws, run.from) : null,
  };
}

/** Courtesies that tell two people of one surname apart when the text keeps writing each with their own. */
const STYLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'gen', 'general', 'begum', 'prof', 'professor', 'sir', 'dame', 'shri', 'smt']);

function styleBefore(ws: readonly Word[], at: number): string | null {
  const key = at > 0 ? ws[at - 1].key.replace(/\.$/, '') : '';
  return STYLES.has(key) ? key : null;
}

// "His Excellency Ahmed Attaf", "Her Excellency Reem Al Hashimy": a Gulf agency's courtesy before a name.
const HONORIFIC = new Set(['h.e.', 'h.e', 'shri', 'smt', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'sheikh', 'madam', 'excellency']);
/**
 * Courtesies and military ranks written between a title and a name ("President Gen. Musharraf", "H.E. Mr. Wen",
 * "External Affairs Minister Dr S Jaishankar", "Prime Minister Shri Narendra Modi").
 */
const BEFORE_NAME = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'h.e.', 'shri', 'sri', 'smt', 'shrimati', 'hon', "hon'ble", 'honourable', 'honorable',
  'gen', 'general', 'lt', 'col', 'maj', 'brig', 'adm', 'capt', 'marshal', 'field',
  // Malaysian and Bruneian styles: "Foreign Minister Dato' Seri Utama Haji Mohamad Hasan".
  'dato', 'datuk', 'seri', 'utama', 'haji', 'hajah', 'tun',
  // A Pakistani minister's seat in the upper house, after his office: "Foreign Minister Senator Mohammad Ishaq Dar".
  'senator',
  // Urdu courtesies of landed and saintly families, which Pakistani papers put before a leader's name and the
  // knowledge does not ("Prime Minister Mian Muhammad Shehbaz Sharif", "Foreign Minister Makhdoom Shah Mahmood Qureshi").
  'mian', 'sahibzada', 'nawabzada', 'makhdoom',
]);
const PARTICLES = new Set(['bin', 'bint', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'di', 'ibn', 'abu', 'y']);
/** Capitalised words that start sentences or headlines but never begin a name. */
const NOT_NAME = new Set(
  (
    'the a an on in at of to for by from with and but or nor as he she they it his her their its this that these those we i you ' +
    'our my your there here when while after before during since until if though although because where who what which why how ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'both all some many most several each every other another no not also then now later earlier first last next new top senior ' +
    'former acting interim then-president deputy vice chief head mr mrs ms dr ' +
    'state government ministry office house senate parliament congress council assembly summit conference dialogue ' +
    'group union forum party army navy police court cabinet administration embassy delegation talks meeting visit trip call ' +
    'north south east west northern southern eastern western central due set expected likely tonight ' +
    // Sentence adverbs that open a paragraph ("Separately, Qatari Prime Minister …"): never a name before a title.
    'separately meanwhile however moreover furthermore additionally likewise similarly elsewhere nonetheless nevertheless ' +
    'instead finally initially recently subsequently previously afterwards thereafter accordingly consequently notably ' +
    // A title-case headline's verb right after a title ("Lebanese FM Says 'Not Now' to Iran Visit"): no one's name.
    'says tells urges warns vows hails slams rejects denies arrives cancels postpones meets visits holds calls receives hosts welcomes greets ' +
    // A state's formal name closing an office ("President of the Lebanese Republic", "King of the Hashemite Kingdom").
    'republic kingdom sultanate principality federation confederation emirate emirates'
  ).split(/\s+/),
);

export const HEADLINE_VERBS = new Set(
  'shake shakes shook hands meet meets met visit visits visited hold holds held talks call calls called cancel cancels cancelled canceled postpone postpones postponed arrive arrives arrived travel travels discuss discusses discussed sign signs signed agree agrees agreed host hosts hosted greet greets greeted welcome welcomes welcomed receive receives received says said to in at on for with and of after before over amid as'.split(' '),
);

const CALENDAR = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

export interface ScanContext {
  g: Gazetteer;
  text: string;
  ws: Word[];
}

/** Spaces between two words of one sentence; one line break too, for hard-wrapped copy ("Juan Manuel\nSantos"). */
const SPACE_GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/;

function gapIsSpace(text: string, a: Word, b: Word): boolean {
  return a.end < b.start && SPACE_GAP.test(text.slice(a.end, b.start));
}

/**
 * The words from..to (exclusive) joined by single spaces: the text itself where one space parts each
 * pair (nearly always), so no string is built. A loop, not slice-map-join: the arrays those make
 * changed shape between calls, and each change threw away scanPeople's optimised code.
 */
function wordsText(text: string, ws: Word[], from: number, to: number): string {
  if (to - from <= 1) return from < to ? ws[from].text : '';
  let i = from + 1;
  while (i < to && ws[i].start === ws[i - 1].end + 1 && text.charCodeAt(ws[i - 1].end) === 32) i++;
  if (i === to) return text.slice(ws[from].start, ws[to - 1].end);
  let out = ws[from].text;
  for (let k = from + 1; k < to; k++) out += ` ${ws[k].text}`;
  return out;
}

export function countryAt(g: Gazetteer, text: string, ws: Word[], i: number): { country: CountryDef; to: number } | undefined {
  const w = ws[i];
  if (!w || !(w.cap || startsUpper(w.text))) return undefined;
  const hit = g.countries.matchAt(ws, i) ?? g.demonyms.matchAt(ws, i);
  if (!hit) return undefined;
  const c = hit.values[0];
  // "US", "UN", "AU": short capitals only when written in capitals. A short word the knowledge writes in
  // lower case ("Lao Foreign Minister") is a demonym as written.
  const raw = wordsText(text, ws, hit.from, hit.to);
  if (raw.replace(/\./g, '').length <= 3 && raw !== raw.toUpperCase() && !c.demonyms.includes(raw) && !c.names.includes(raw)) return undefined;
  return { country: c, to: hit.to };
}

/**
 * The officials a name run names: the whole run, else (a patronymic chain, "Prince Mohammed bin Salman
 * bin Abdulaziz Al Saud") its longest known part cut before a particle.
 */
/** A titled name: the name as known, else the title and name together as the knowledge writes them ("Pope Francis", "King Salman"). */
function knownTitled(ctx: ScanContext, from: number, to: number, name: string, officeText: string): Official[] {
  const known = knownName(ctx, from, to, name);
  return known.length ? known : (ctx.g.officials.get(`${officeText} ${name}`) ?? []);
}

function knownName(ctx: ScanContext, from: number, to: number, name: string): Official[] {
  const { ws, g } = ctx;
  const whole = g.officials.get(name);
  if (whole?.length) return whole;
  // "Sheikh Khalifa bin Salman Al-Khalifa": a Gulf courtesy the knowledge does not write is no part of the
  // name ("Sheikh Khalifa" alone is another man); "Sheikh Hasina", known whole, was found above.
  if ((ws[from].key === 'sheikh' || ws[from].key === 'sheikha') && to - from >= 2) return knownName(ctx, from + 1, to, runName(ctx, from + 1, to));
  // "Gilberto C. Teodoro Jr.": a generational suffix the knowledge does not write, after a middle initial.
  if (to - from >= 4 && (ws[to - 1].key === 'jr' || ws[to - 1].key === 'sr')) {
    const bare = knownName(ctx, from, to - 1, runName(ctx, from, to - 1));
    if (bare.length) return bare;
  }
  // "Enrique A. Manalo", "Joseph R. Biden": the name without its middle initials.
  if (to - from >= 3) {
    let plain = '';
    for (let i = from; i < to; i++) if (i === from || i === to - 1 || !/^\p{Lu}\.?$/u.test(ws[i].text)) plain += plain ? ` ${ws[i].text}` : ws[i].text;
    // "K. Natwar Singh": a leading initial too, when two names remain.
    if (/^\p{Lu}$/u.test(ws[from].text) && to - from >= 3 && !g.officials.get(plain)?.length) plain = plain.slice(ws[from].text.length + 1);
    if (plain !== name) {
      const found = g.officials.get(plain);
      if (found?.length) return found;
    }
  }
  for (let k = to - 1; k >= from + 2; k--) {
    if (!PARTICLES.has(ws[k].key) || PARTICLES.has(ws[k - 1].key)) continue;
    const part = g.officials.get(runName(ctx, from, k))?.filter((o) => longerFits(ctx, o, from, k, to));
    if (part?.length) return part;
  }
  // "Mohammad Ishaq Dar", "Md Touhid Hossain", "Archbishop Paul Richard Gallagher": a devotional given name or a rank
  // the knowledge does not write before a known full name (one word dropped, no particle in the run: "Khaled bin
  // Mohamed bin Zayed" is no "Mohamed bin Zayed"). Another given name makes another person: "Maryam Nawaz Sharif" is
  // Nawaz Sharif's daughter, named for her father as Urdu and Arabic names are.
  if (to - from >= 3 && DROPPED_BEFORE_NAME.has(ws[from].key)) {
    let particle = false;
    for (let i = from; i < to; i++) if (PARTICLES.has(ws[i].key) || /^(?:al|el)-/.test(ws[i].key)) particle = true;
    if (!particle) {
      const rest = runName(ctx, from + 1, to);
      const found = (g.officials.get(rest) ?? []).filter((o) => o.name.toLowerCase() === rest.toLowerCase());
      if (found.length) return found;
    }
  }
  // "Mohamad bin Haji Hasan", "Anwar bin Ibrahim": a Malay patronymic is written short without "bin"
  // (and the father's "Haji"): "Mohamad Hasan".
  const short = name.replace(/\s(?:bin|binti|bint)\s(?:Haji\s|Hajah\s)?/g, ' ');
  if (short !== name) {
    const found = g.officials.get(short);
    if (found?.length) return found;
  }
  // "Moses Wetang'ula": a name the press writes with an apostrophe the knowledge leaves out ("Wetangula").
  const unmarked = name.replace(/['’]/g, '');
  if (unmarked !== name && unmarked.length > 3) {
    const found = g.officials.get(unmarked);
    if (found?.length) return found;
  }
  // "Shaikh Mohammad Bin Rashid Al Maktoum": the Prophet's name is romanised many ways, and a press that writes one the
  // knowledge does not still names the same man (the rest of the name must be the same).
  if (to - from >= 2 && MUHAMMAD.includes(ws[from].key)) {
    const rest = name.slice(ws[from].text.length);
    for (const v of MUHAMMAD) {
      if (v === ws[from].key) continue;
      const found = g.officials.get(`${v[0].toUpperCase()}${v.slice(1)}${rest}`);
      if (found?.length) return found;
    }
  }
  return [];
}

/** The romanisations of the Prophet's name a given name may be written in. */
const MUHAMMAD = ['mohammed', 'mohammad', 'mohamed', 'muhammad', 'mohamad', 'muhammed'];

/** Words before a known full name that leave it the same person: Muhammad's name borne first, and ranks. */
const DROPPED_BEFORE_NAME = new Set([
  'muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'md', 'mohd', 'syed', 'sayyid',
  'professor', 'prof', 'archbishop', 'cardinal', 'bishop', 'captain', 'capt', 'colonel', 'major', 'general', 'lieutenant',
]);

/** Royal and Gulf courtesies before a name, which a known person's own names carry one of ("Sheikh", "Prince"). */
const COURTESIES = new Set(['sheikh', 'sheikha', 'prince', 'princess']);

/**
 * "Prince Mohammed bin Abdulrahman bin Abdulaziz" is not "Mohammed bin Abdulrahman" Al Thani: a longer patronymic cut
 * at its next "bin" is the known person only when nothing in the rest contradicts the knowledge — a family name
 * ("Al Saud") other than theirs, or a courtesy their names never carry ("Prince" for a Qatari "Sheikh").
 * ("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" is still the Qatari.)
 */
function longerFits(ctx: ScanContext, o: Official, from: number, cut: number, to: number): boolean {
  const { ws } = ctx;
  const names = [o.name, ...o.aliases].map((n) => n.toLowerCase());
  // (Only a family the knowledge writes can be contradicted: "Mohammed bin Salman" is known with none.)
  const families = new Set(names.flatMap((n) => [...n.matchAll(/\b(?:al|el)[\s-](\p{L}+)/gu)].map((m) => m[1])));
  const family = (k: number) => ((ws[k].key === 'al' || ws[k].key === 'el') && k + 1 < to ? ws[k + 1].key : /^(?:al|el)-/.test(ws[k].key) ? ws[k].key.slice(3) : null);
  for (let k = cut; k < to && families.size; k++) {
    const f = family(k);
    if (f && !families.has(f)) return false;
  }
  const style = from > 0 ? ws[from - 1].key : '';
  if (!COURTESIES.has(style)) return true;
  const styled = names.filter((n) => COURTESIES.has(n.split(' ')[0]));
  return !styled.length || styled.some((n) => n.startsWith(`${style} `) || (style.startsWith('prince') && n.includes('prince')));
}

/** The words of a name run joined by single spaces, an initial keeping its full stop ("S. Jaishankar"). */
function runName(ctx: ScanContext, from: number, to: number): string {
  const { ws, text } = ctx;
  // A loop, as wordsText: slice-map-join arrays change shape and cost scanPeople its optimised code.
  let out = '';
  for (let i = from; i < to; i++) {
    const w = ws[i];
    out += i > from ? ` ${w.text}` : w.text;
    if (i < to - 1 && (/^\p{Lu}$/u.test(w.text) || (i === from && GIVEN_ABBREVIATIONS.has(w.key))) && text[w.end] === '.') out += '.';
  }
  return out;
}

/** Given names written short with a full stop ("Ma." for Maria, "Md." and "Mohd." for Mohammad). */
const GIVEN_ABBREVIATIONS = new Set(['ma', 'md', 'mohd', 'muhd']);

/** "former president George H.W. Bush": written as former with no country before the title. */
const formerBefore = (ws: Word[], i: number) => i > 0 && (ws[i - 1].key === 'former' || ws[i - 1].key === 'late');

/** Post-nominal letters: orders, honours, silk and seats ("KCB", "KC", "MP", "OBE"). */
const POST_NOMINALS = new Set(['kc', 'qc', 'kcb', 'gcb', 'cb', 'kcmg', 'gcmg', 'cmg', 'kbe', 'gbe', 'dbe', 'cbe', 'obe', 'mbe', 'kg', 'kt', 'om', 'ch', 'pc', 'frs', 'mp', 'mep', 'msp', 'mla', 'mpp', 'ms', 'td']);

/** An Arabic article joined to a capitalised name: "al-Sudani", "el-Sisi", "al-Assad". */
const ARTICLE_JOINED = /^(?:al|el|ad|as|an|ash|at|az)-\p{Lu}/u;
const capLike = (w: Word) => w.cap || ARTICLE_JOINED.test(w.text);

/** A run of capitalised name words starting at i (particles allowed inside), or null. */
export function nameRun(ctx: ScanContext, i: number, max = 4): { from: number; to: number } | null {
  const { ws, text, g } = ctx;
  let j = i;
  // Particles do not count toward the length: "Luiz Inácio Lula da Silva" is five words, four names.
  let particles = 0;
  while (j < ws.length && j - i - particles < max) {
    const w = ws[j];
    const inside = j > i;
    // "S. Jaishankar", "John F. Kennedy": an initial's full stop stays inside the name.
    // "Ma. Theresa Lazaro", "Md. Touhid Hossain": an abbreviated given name opening the run, too.
    const initial = inside && (/^\p{Lu}$/u.test(ws[j - 1].text) || (j - 1 === i && GIVEN_ABBREVIATIONS.has(ws[j - 1].key))) && /^\.[ \t\u00a0]+$/.test(text.slice(ws[j - 1].end, w.start));
    if (inside && !initial && !gapIsSpace(text, ws[j - 1], w)) break;
    // ("Prime Minister al-Sudani": a name may open with its joined Arabic article.)
    if (w.cap || (!inside && ARTICLE_JOINED.test(w.text))) {
      if (NOT_NAME.has(w.key) && !inside) return null;
      // Inside a name a capitalised "He" or "Yi" is part of it ("Liu He"); only calendar words end it.
      if (inside && CALENDAR.has(w.key)) break;
      if (!inside && (g.countries.matchAt(ws, j) || g.demonyms.matchAt(ws, j))) {
        // "Jordan", "Chad" are names too, but a country word opening a run is a country.
        return null;
      }
      if (inside && g.offices.matchAt(ws, j)) break;
      // "Minister of State, Minister of Foreign Affairs": a second title after the comma is no name.
      if (!inside && g.offices.matchAt(ws, j)) return null;
      // Title-case headlines: "Raul Castro Shake Hands", "Trump Cancels Visit".
      // Not after a particle, though: "Haitham bin Tariq Al Said" ends in a family name, not the verb.
      if (inside && HEADLINE_VERBS.has(w.key) && !PARTICLES.has(ws[j - 1].key)) break;
      // "Sir Keir Starmer KCB KC MP": letters after a name are honours and seats, not more of it.
      if (inside && POST_NOMINALS.has(w.key) && w.text === w.text.toUpperCase()) break;
      // A capitalised particle ("Tamim bin Hamad Al Thani") does not count toward the length either, nor does
      // one joined to its name ("Nasser Al-Mohammad Al-Ahmad Al-Sabah": a Gulf chain of forebears is one name).
      if (inside && (PARTICLES.has(w.key) || /^(?:al|el)-/.test(w.key))) particles++;
      j++;
      continue;
    }
    // "von der Leyen", "bin Salman", "da Silva": particles inside a name, before a capitalised word.
    if (inside && PARTICLES.has(w.key)) {
      let k = j;
      while (k < ws.length && PARTICLES.has(ws[k].key) && k - j < 3) k++;
      if (ws[k]?.cap && gapIsSpace(text, ws[k - 1], ws[k])) {
        particles += k - j;
        j = k;
        continue;
      }
    }
    // "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name.
    if (inside && /^(?:al|el|ad|as|an|ash|at|az|ul|bin|ibn|abu|de|di|da|du)-\p{Lu}/u.test(w.text)) {
      j++;
      continue;
    }
    break;
  }
  return j > i ? { from: i, to: j } : null;
}

/** A ministry's field before a bare "Minister" ("Energy Minister", "Interior Secretary"): a state's office still. */
const PORTFOLIO = new Set(
  ('interior home energy commerce economy economic agriculture health education justice labour labor environment industry petroleum oil ' +
    'mining mines transport culture tourism information communications science security intelligence planning water housing ' +
    'infrastructure development climate digital social women youth sports finance treasury budget investment fisheries ' +
    'forestry power defence defense trade foreign external internal public religious veterans immigration migration').split(' '),
);

/** Words before a title that say which holder, not whose office ("then", "acting", "Deputy"). */
// A legislature's speaker ("Parliament Speaker", "House Speaker") stays as the text had him: the state's own body.
const NOT_QUALIFIER = new Set([
  'then', 'former', 'acting', 'interim', 'outgoing', 'new', 'incoming', 'late', 'top', 'senior', 'deputy', 'vice', 'first', 'chief', 'state',
  'federal', 'national', 'foreign', 'defence', 'defense', 'finance', 'trade', 'prime', 'parliament', 'parliamentary', 'house', 'senate', 'assembly',
  'congress', 'majlis', 'duma', 'knesset',
]);

/**
 * "Queensland Premier David Crisafulli", "Zamfara State Governor …", "Aramco chief executive …": a capitalised
 * word right before a title that is no country, no courtesy and no person already named qualifies the office as a
 * region's, a city's or a firm's. An office the knowledge ties to a country or body keeps its holder a side.
 */
function localQualifier(ctx: ScanContext, titleFrom: number, used: boolean[]): boolean {
  const { ws, text } = ctx;
  let k = titleFrom - 1;
  // "Zamfara State Governor": a region's own kind word ("State", "Province", "Region") between it and the title.
  // "Punjab Chief Minister": a chief minister is a state's (India's, Pakistan's, Malaysia's) head of government.
  if (k > 0 && /^(?:state|province|provincial|region|regional|county|city|municipal|chief)$/.test(ws[k].key) && ws[k].cap) k--;
  const w = ws[k];
  if (!w || !w.cap || used[k] || NOT_NAME.has(w.key) || NOT_QUALIFIER.has(w.key) || PORTFOLIO.has(w.key) || BEFORE_NAME.has(w.key) || HONORIFIC.has(w.key) || REMIT.has(w.key)) return false;
  if (!/^[ \t\u00a0]+$/.test(text.slice(w.end, ws[k + 1].start))) return false;
  // An acronym ("PPP chairman", "EU envoy") may be a body the knowledge lacks but a state's too ("UAE"): only words.
  // ("Lao Prime Minister": a short demonym countryAt passes over is a country still; so may be a word shaped like
  // a demonym the knowledge lacks, "Comorian President".)
  if (SPORTS_BODIES.has(w.key)) return true;
  // ("New Mexico Governor …": a place whose name ends in a country's qualifies the office as that place's.)
  if (k > 0 && ctx.g.places.matchAt(ws, k - 1)?.to === k + 1) return true;
  return /^\p{Lu}\p{Ll}/u.test(w.text) && !DEMONYM_SHAPE.test(w.text) && !ctx.g.countries.matchAt(ws, k) && !ctx.g.demonyms.matchAt(ws, k);
}

/** Sports bodies known by their acronym alone ("FIFA President Gianni Infantino"): their presidents speak for no state. */
const SPORTS_BODIES = new Set(['fifa', 'uefa', 'ioc', 'caf', 'concacaf', 'conmebol', 'wada', 'fina', 'nba', 'nfl', 'nhl', 'mlb']);

/** The endings of demonyms ("Comorian", "Togolese", "Kuwaiti", "Icelandic", "Congolese"). */
const DEMONYM_SHAPE = /(?:an|ese|ish|i|ic|ois|ite)$/;

/**
 * Titles a region, a city, a party, a club or a firm gives ("Premier", "Governor", "chief executive", "Real Madrid
 * president"); a state's "Prime Minister" never is one.
 */
const LOCAL_TITLES = new Set(['premier', 'first minister', 'chief minister', 'governor', 'mayor', 'senator', 'lawmaker', 'chief executive', 'speaker', 'minister', 'president']);
/** A legislator of no country named ("Senator Lindsey Graham met Zelensky") speaks for no state, whatever stands before the title. */
const LEGISLATORS = new Set(['senator', 'lawmaker', 'congressman', 'congresswoman', 'legislator', 'mp']);

/** Words of an envoy's remit that may stand between a country and the title. */
const REMIT = new Set(['middle', 'east', 'special', 'presidential', 'climate', 'trade', 'peace', 'hostage', 'indo-pacific', 'asia', 'africa', 'gulf', 'arctic', 'pacific', 'balkans', 'sahel', 'horn']);

/** Titles whose holder's remit may follow: "special envoy for …", "Senior Adviser for …", "representative for …". */
const ENVOY_TITLE = /\b(?:envoy|advis[eo]r|representative|coordinator|commissioner)$/i;
/** Lower-case words inside a remit: "Pacific affairs", "the Middle East and North Africa". */
const REMIT_GLUE = new Set(['affairs', 'issues', 'relations', 'the', 'and', 'region', 'peace', 'security', 'climate', 'trade']);

/**
 * Where a remit after "for" ends, if a name follows it: places, countries, demonyms and regions, with a few
 * lower-case words between ("for Pacific affairs", "for the Horn of Africa"); undefined when no name follows.
 */
function remitEnd(ctx: ScanContext, i: number): number | undefined {
  const { ws, g } = ctx;
  let k = i;
  let named = false;
  while (k < ws.length && k - i < 6) {
    const w = ws[k];
    const place = w.cap ? (g.countries.matchAt(ws, k) ?? g.demonyms.matchAt(ws, k) ?? g.places.matchAt(ws, k, (a, b) => ws[a].cap && ws[b - 1].cap)) : undefined;
    if (place) {
      k = place.to;
      named = true;
    } else if (REMIT.has(w.key) && w.cap) {
      k++;
      named = true;
    } else if ((REMIT_GLUE.has(w.key) && !w.cap) || (w.key === 'of' && named)) k++;
    else break;
    if (/[,;:]/.test(ctx.text.slice(w.end, ws[k]?.start ?? w.end)) || /[.;:]$/.test(w.text)) break;
  }
  // The remit ends on a named word and a name follows (after a comma or none).
  if (!named || k === i || !ws[k]?.cap || PARTICLES.has(ws[k - 1].key) || ws[k - 1].key === 'and' || ws[k - 1].key === 'of') return undefined;
  return k;
}

/** The country written just before a title: "US", "Chinese", "China’s", "the Indian", "Kenya's then". */
function countryBefore(ctx: ScanContext, i: number): { country: string; from: number; then: boolean; former: boolean } | null {
  const { ws, g } = ctx;
  let k = i - 1;
  let then = false;
  let former = false;
  while (k >= 0 && ['then', 'former', 'acting', 'interim', 'outgoing', 'new', 'incoming', 'late', 'top', 'senior'].includes(ws[k].key)) {
    if (ws[k].key === 'then') then = true;
    if (ws[k].key === 'former' || ws[k].key === 'late') former = true;
    k--;
  }
  // "U.S. Middle East envoy", "Chinese special envoy": a region or remit between the country and the title.
  for (let n = 0; n < 3 && k >= 1 && REMIT.has(ws[k].key); n++) k--;
  if (k < 0) return null;
  const titleStart = ws[k + 1];
  if (isPossessive(ws[k])) k--;
  if (k < 0) return null;
  // '… in Malaysia," Foreign Minister Retno Marsudi': punctuation between means another phrase.
  if (!/^[\s\u00a0]*$/.test(ctx.text.slice(ws[k].end, isPossessive(ws[k + 1]) ? ws[k + 1].start : titleStart.start))) return null;
  // Try the longest country phrase that ends at k.
  for (let s = Math.max(0, k - 4); s <= k; s++) {
    const c = countryAt(g, ctx.text, ws, s);
    if (!c || c.to !== k + 1) continue;
    // ("New Jersey Governor Mikie Sherrill", "New Mexico Governor …": a place whose name ends in a country's is not that country.)
    if (s > 0 && g.places.matchAt(ws, s - 1)?.to === k + 1) return null;
    return { country: c.country.code, from: s, then, former };
  }
  return null;
}

/**
 * "Qatari Prime Minister and Foreign Minister Sheikh Mohammed …", "Deputy Prime Minister and Foreign
 * Minister Ishaq Dar": two offices of one holder. Where the second title's name starts, unless the
 * name is an official the knowledge knows who never held the first office (then the titles are two people's).
 */
function jointTitle(ctx: ScanContext, j: number, firstOffice: string): number | null {
  const { ws, g } = ctx;
  if (ws[j]?.key !== 'and' || !ws[j + 1]?.cap) return null;
  const second = g.offices.matchAt(ws, j + 1);
  if (!second || !ws[second.to] || !gapOk(ctx, ws[second.to - 1], ws[second.to])) return null;
  // "The Prime Minister and Premier Wen Jiabao": one office twice is two holders.
  if (second.values.some((o) => o.id === firstOffice)) return null;
  const run = nameRun(ctx, second.to);
  if (!run) return null;
  const known = g.officials.get(wordsText(ctx.text, ws, run.from, run.to)) ?? [];
  if (known.length && !known.some((o) => o.terms.some((t) => t.office_id === firstOffice))) return null;
  return second.to;
}

/** "minister of foreign affairs of Senegal", "top diplomats of North Korea and China": countries written after the title. */
function countryAfter(ctx: ScanContext, j: number): { country: string; to: number; others: string[] } | null {
  const { ws, g } = ctx;
  if (ws[j]?.key !== 'of' && ws[j]?.key !== 'for') return null;
  let k = j + 1;
  if (ws[k]?.key === 'the') k++;
  // "of the Republic of the Philippines", "of the Federal Republic of Germany": a state's formal name
  // around the country's own, unless the knowledge names the whole ("Republic of Korea").
  if (!countryAt(g, ctx.text, ws, k)) k = formalName(ws, k);
  const c = countryAt(g, ctx.text, ws, k);
  if (!c) return null;
  const others: string[] = [];
  let to = c.to;
  // "President of the French Republic", "King of the Hashemite Kingdom": the state's formal noun after its
  // adjective is the country's name, not a person's.
  if (ws[to]?.cap && STATE_NOUN.has(ws[to].key) && ws[to + 1]?.key !== 'of') to++;
  while (ws[to]?.key === 'and') {
    const more = countryAt(g, ctx.text, ws, ws[to + 1]?.key === 'the' ? to + 2 : to + 1);
    if (!more) break;
    others.push(more.country.code);
    to = more.to;
  }
  return { country: c.country.code, to, others };
}

/** Words of a formal state name before the country's own ("Federal Republic of", "Kingdom of the"); "Democratic" names another state. */
const FORMAL_HEAD = new Set(['federal', 'islamic', 'united', 'socialist', 'arab', 'hashemite', "people's", 'peoples', 'plurinational', 'bolivarian', 'oriental', 'cooperative']);
/** Formal state nouns that may follow a country's adjective ("the French Republic", "the Italian Republic"). */
const STATE_NOUN = new Set(['republic', 'kingdom', 'sultanate', 'emirate', 'principality', 'commonwealth', 'federation', 'confederation']);
const FORMAL_STATE = new Set(['republic', 'kingdom', 'state', 'sultanate', 'commonwealth', 'principality', 'emirate', 'grand', 'duchy']);

/** Where the country's own name starts after a formal state name at k, or k when there is none. */
function formalName(ws: Word[], k: number): number {
  let i = k;
  while (i < ws.length && FORMAL_HEAD.has(ws[i].key) && ws[i].cap) i++;
  if (!(ws[i]?.cap && FORMAL_STATE.has(ws[i].key))) return k;
  i++;
  if (ws[i]?.key === 'duchy') i++;
  if (ws[i]?.key !== 'of') return k;
  i++;
  if (ws[i]?.key === 'the') i++;
  return i;
}

export function scanPeople(ctx: ScanContext): PersonMention[] {
  const { ws, g } = ctx;
  const out: PersonMention[] = [];
  const used = new Array<boolean>(ws.length).fill(false);
  const mark = (a: number, b: number) => {
    for (let k = a; k < b; k++) used[k] = true;
  };

  // 1. Titles, with or without a following name.
  for (let i = 0; i < ws.length; i++) {
    if (used[i]) continue;
    const dip = diplomacyHead(ctx, i);
    if (dip) {
      const run = ws[dip.to] && gapOk(ctx, ws[dip.to - 1], ws[dip.to]) ? nameRun(ctx, dip.to) : null;
      const end = run ? run.to : dip.to;
      const name = run ? runName(ctx, run.from, run.to) : null;
      out.push(
        personMention(ws, run ? 'titled' : 'nominal', i, end, run, name, {
          office: dip.office,
          officeText: wordsText(ctx.text, ws, i, dip.to),
          country: dip.country,
          known: run && name ? knownName(ctx, run.from, run.to, name) : [],
        }),
      );
      mark(i, end);
      i = end - 1;
      continue;
    }
    const hit = g.offices.matchAt(ws, i);
    if (!hit) continue;
    const before = countryBefore(ctx, hit.from);
    let j = hit.to;
    const after = countryAfter(ctx, j);
    if (after) j = after.to;
    const country = before?.country ?? after?.country ?? null;
    const office = pickOffice(hit.values, country) ?? hit.values[0];
    const joined = after ? null : jointTitle(ctx, j, office.id);
    if (joined) j = joined;
    const officeText = wordsText(ctx.text, ws, hit.from, hit.to);
    // "US Senior Adviser for Africa Massad Boulos", "China's special envoy for Pacific affairs, Qian Bo": an
    // envoy's or adviser's remit after the title stands between it and the name.
    if (!after && !joined && ws[j]?.key === 'for' && ENVOY_TITLE.test(officeText)) j = remitEnd(ctx, j + 1) ?? j;
    // "the Egyptian Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Dr. Badr Abdelatty": more of the
    // portfolio after a comma, its last field joined by "and" and closed by a comma, is no name.
    const sep = (a: number, b: number) => ctx.text.slice(ws[a].end, ws[b].start);
    if (ws[j + 2] && /^\s*,\s*$/.test(sep(j - 1, j)) && ws[j].cap && ws[j + 1].key === 'and') {
      let e = j + 2;
      while (ws[e]?.cap && e - j < 6 && /^[ \t]+$/.test(sep(e - 1, e))) e++;
      if (e > j + 2 && ws[e] && /^\s*,\s*$/.test(sep(e - 1, e))) j = e;
    }
    // "Foreign Minister, Sidiki Kaba" and "minister Kasuri" both name the holder.
    let k = j;
    if (ctx.text.slice(ws[j - 1].end, ws[j]?.start ?? ws[j - 1].end).trim() === ',' && after) k = j;
    // "President Gen. Pervez Musharraf", "Minister, Mr. K. Natwar Singh", "Premier H.E. Mr. Wen Jiabao":
    // ranks and courtesies between the title and the name (an apostrophe may close one: "Dato'", a hyphen join two:
    // "Lt.-Gen.").
    let skipped = k;
    // ("Foreign Minister Sheikh Dr. Mohammad Sabah": a Gulf style before another courtesy goes too; alone, "Sheikh
    // Hasina" or "Sheikh Tamim", it stays in the name the knowledge knows.)
    const courtesy = (w: Word, next: Word | undefined) => BEFORE_NAME.has(w.key) || (w.key === 'sheikh' && !!next && BEFORE_NAME.has(next.key));
    while (ws[skipped] && courtesy(ws[skipped], ws[skipped + 1]) && ws[skipped].cap && ws[skipped + 1] && /^(?:[.'’]?[ \t\u00a0]+|\.?-)$/.test(ctx.text.slice(ws[skipped].end, ws[skipped + 1].start)))
      skipped++;
    if (skipped > k && ws[skipped]?.cap) k = skipped;
    // "Chief Executive Officer Jensen Huang": "Officer" ends a firm's title; it begins no name.
    if (ws[k]?.key === 'officer' && ws[k].cap && /executive$/i.test(officeText) && ws[k + 1]?.cap) k++;
    // The head noun says it, before any "of": "Minister of Foreign Affairs" is one minister, "Foreign Ministers" several.
    const plural = pluralHead(ws, hit.from, hit.to);
    // "the two foreign ministers, Yoko Kamikawa and Cho Tae-yul": a plural title does not give its
    // country to the first of the names listed after it; each name is resolved on its own.
    const run = !plural && ws[k] && (k === j ? gapOk(ctx, ws[j - 1], ws[k]) : gapOk(ctx, ws[j - 1], ws[j])) ? nameRun(ctx, k) : null;
    if (run) {
      const name = runName(ctx, run.from, run.to);
      // "Foreign Minister Ahmed Attaf of Algeria": the country may follow the name.
      const late = country ? null : countryAfter(ctx, run.to);
      const own = country ?? late?.country ?? null;
      const title = officeText.toLowerCase();
      // A bare "Minister" is local only as a "Chief Minister".
      // "Anglo American chief executive Duncan Wanblad": a title that is an office only in some states ("chief
      // executive" in Hong Kong or Pakistan) with the country of none of them before it is a firm's.
      const stateless = !!own && !pickOffice(hit.values, own) && hit.values.every((o) => o.countries?.length);
      // ("Coptic Pope Tawadros II": a church's pope, not the Holy See's, whom the knowledge names at every date.)
      const known = knownTitled(ctx, run.from, run.to, name, officeText);
      // "Freeport's chief executive, Kathleen Quirk": a chief executive no country claims, whom the knowledge does not
      // list, is a firm's (the states whose head of government bears the title are named with it: "Hong Kong Chief Executive").
      const firms = !own && title === 'chief executive' && !known.length;
      const local =
        stateless || firms || (hit.values.every((o) => o.id === 'pope') && !known.length) || !own && (LEGISLATORS.has(title) || (LOCAL_TITLES.has(title) && (title !== 'minister' || ws[hit.from - 1]?.key === 'chief') && localQualifier(ctx, hit.from, used)));
      // ("Trump's Ukraine envoy Keith Kellogg", "the Sudan envoy Tom Perriello": a country before an envoy's title is his
      // remit when the knowledge has him serving another.)
      const remit = !!own && ENVOY_TITLE.test(officeText) && known.length > 0 && known.every((o) => o.country !== own);
      out.push(
        personMention(ws, 'titled', before ? before.from : hit.from, run.to, run, name, {
          office: late ? (pickOffice(hit.values, own) ?? office) : office,
          officeText,
          country: stateless ? null : remit ? known[0].country : own,
          former: !!before?.former || formerBefore(ws, hit.from),
          known,
          local,
        }),
      );
      mark(before ? before.from : hit.from, run.to);
      i = run.to - 1;
    } else if (!pluralHead(ws, hit.from, hit.to) && !!appositive(ctx, before ? before.from : hit.from, used)) {
      // "Martín Castellano, Argentina's foreign minister, …": the name stands before the title. A
      // plural title names no one before its comma ("… a forum in Tokyo, officials said").
      const run = appositive(ctx, before ? before.from : hit.from, used)!;
      const name = runName(ctx, run.from, run.to);
      out.push(
        personMention(ws, 'titled', run.from, j, run, name, {
          office,
          officeText,
          country,
          former: !!before?.former || formerBefore(ws, hit.from),
          known: knownName(ctx, run.from, run.to, name),
        }),
      );
      mark(run.from, j);
      i = j - 1;
    } else if (secondTitle(ctx, out, before ? before.from : hit.from, j, country)) {
      // "Ahmed Attaf, Minister of State, Minister of Foreign Affairs of Algeria": a further title of the one
      // just named says whose minister he is; it is no one else.
      const prev = out[out.length - 1];
      prev.country ??= country;
      prev.to = j;
      mark(before ? before.from : hit.from, j);
      i = j - 1;
    } else {
      out.push(
        personMention(ws, 'nominal', before ? before.from : hit.from, j, null, null, {
          office,
          officeText,
          country,
          former: !!before?.former || formerBefore(ws, hit.from),
          plural,
          alsoCountries: after?.others.length ? after.others : null,
        }),
      );
      mark(before ? before.from : hit.from, j);
      i = j - 1;
      // "the two foreign ministers, Alexis Thambwe Mwamba and Rosemary Museminali": the names listed after a plural
      // title hold its office (the countries, when "of A and B" gives them, in order; the knowledge's, for those it knows).
      const pair = plural ? listedPair(ctx, j, used) : null;
      if (pair) {
        const countries = pair.countries ?? (after && after.others.length === 1 ? [after.country, after.others[0]] : [null, null]);
        pair.forEach((run, n) => {
          const name = runName(ctx, run.from, run.to);
          const own = countries[n];
          // (The knowledge's office for one it knows: a plural title may be loose, "the chancellors" of Latin American copy.)
          const known = knownName(ctx, run.from, run.to, name);
          out.push(
            personMention(ws, 'titled', run.from, run.to, run, name, {
              office: known.length ? null : ((own ? pickOffice(hit.values, own) : null) ?? office),
              officeText: known.length ? null : officeText.replace(/s$/i, ''),
              country: own,
              former: !!before?.former,
              known,
              listed: true,
            }),
          );
          mark(run.from, run.to);
        });
        i = pair[1].to - 1;
      }
    }
  }

  // 2. "his Chinese counterpart Jinping", "Mr Sinha".
  for (let i = 0; i < ws.length; i++) {
    if (used[i]) continue;
    const w = ws[i];
    if (w.key === 'counterpart' || w.key === 'counterparts') {
      const before = countryBefore(ctx, i);
      // "his Lao counterpart, H.E. Thongsavanh Phomvihane": a courtesy after the comma opens no name.
      let at = i + 1;
      while (ws[at + 1] && ws[at].cap && HONORIFIC.has(ws[at].key) && ws[at + 1].cap && gapOk(ctx, w, ws[i + 1])) at++;
      const run = ws[i + 1] && gapOk(ctx, w, ws[i + 1]) ? nameRun(ctx, at) : null;
      const from = before ? before.from : i;
      const to = run ? run.to : i + 1;
      const name = run ? wordsText(ctx.text, ws, run.from, run.to) : null;
      const known = name ? (g.officials.get(name) ?? []) : [];
      // ("his Ugandan and Rwandan counterparts, Yoweri Museveni and Paul Kagame": of several countries named before the
      // plural, the one the knowledge gives the name.)
      const own = w.key === 'counterparts' && known.length === 1 ? known[0].country : null;
      out.push(
        personMention(ws, 'counterpart', from, to, run, name, {
          country: own ?? before?.country ?? null,
          plural: w.key === 'counterparts',
          known,
        }),
      );
      mark(from, to);
      i = to - 1;
    } else if (HONORIFIC.has(w.key) && w.cap) {
      const run = nameRun(ctx, i + 1);
      if (!run) continue;
      const name = runName(ctx, run.from, run.to);
      out.push(personMention(ws, 'honorific', i, run.to, run, name, { known: knownName(ctx, run.from, run.to, name) }));
      mark(i, run.to);
      i = run.to - 1;
    }
  }

  // 2b. "Sweden's Pål Jonson, Finland's Antti Häkkänen": a full name right after a country's possessive is a
  // person of that country, whether or not the knowledge knows them (a round-up's way of naming ministers
  // whose titles it gave once). One word is not enough ("Russia's Gazprom"), nor a run a body's or a
  // thing's head noun ends or fills ("Japan's Liberal Democratic Party", "Israel's Iron Dome").
  for (let i = 1; i < ws.length; i++) {
    if (used[i] || !ws[i].cap || !isPossessive(ws[i - 1]) || used[i - 1]) continue;
    const before = countryBefore(ctx, i);
    if (!before || !gapOk(ctx, ws[i - 1], ws[i])) continue;
    // "Burkina Faso's Captain Ibrahim Traore": a rank or courtesy before the name is no part of it.
    let at = i;
    while (ws[at + 1] && (BEFORE_NAME.has(ws[at].key) || HONORIFIC.has(ws[at].key) || RANKS.has(ws[at].key)) && gapOk(ctx, ws[at], ws[at + 1])) at++;
    const run = nameRun(ctx, at);
    if (!run || !personLike(ctx, run.from, run.to)) continue;
    const name = runName(ctx, run.from, run.to);
    out.push(
      personMention(ws, 'titled', before.from, run.to, run, name, {
        country: before.country,
        former: before.former,
        known: knownName(ctx, run.from, run.to, name),
      }),
    );
    mark(before.from, run.to);
    i = run.to - 1;
  }

  // 3. Officials the knowledge knows by name or alias ("al-Sudani", "el-Sisi": a short form that keeps its article).
  for (let i = 0; i < ws.length; i++) {
    // ("Ahmed al-Sharaa", "talks with al-Sharaa": a name may begin or end in an Arabic article joined to its capitalised word.)
    if (used[i] || !capLike(ws[i])) continue;
    const hit = g.officials.matchAt(ws, i, (a, b) => capLike(ws[a]) && capLike(ws[b - 1]));
    if (!hit) continue;
    // "Snubbed Pak calls off trip": a country word is a country before it is anyone's surname.
    if (hit.to - hit.from === 1 && (g.countries.matchAt(ws, i) || g.demonyms.matchAt(ws, i))) continue;
    // "in Dar es Salaam": a longer place name starting here is the place, not a surname ("Dar").
    const place = g.places.matchAt(ws, i, (a, b) => ws[a].cap && ws[b - 1].cap && b > hit.to);
    if (place) continue;
    // "Martín Castellano": one known word inside a longer unknown name is not that official.
    const nextCap = ws[hit.to]?.cap && gapIsSpace(ctx.text, ws[hit.to - 1], ws[hit.to]) && !HEADLINE_VERBS.has(ws[hit.to].key);
    const prevCap = hit.from > 0 && ws[hit.from - 1].cap && !NOT_NAME.has(ws[hit.from - 1].key) && gapIsSpace(ctx.text, ws[hit.from - 1], ws[hit.from]);
    if (hit.to - hit.from === 1 && (nextCap || prevCap) && !used[hit.from - 1]) continue;
    // "May 6", "Sunday": a surname alias that is also a calendar or function word needs more than itself.
    if (hit.to - hit.from === 1 && (CALENDAR.has(ws[i].key) || NOT_NAME.has(ws[i].key) || /^\s*\d/.test(ctx.text.slice(ws[i].end, ws[i].end + 3))))
      continue;
    // Extend "Xi" to "Xi Jinping Jr" style runs only when the run is itself a known name ("George W. Bush"
    // keeps its initial's full stop).
    const name = runName(ctx, hit.from, hit.to);
    out.push(personMention(ws, 'known', hit.from, hit.to, hit, name, { known: hit.values }));
    mark(hit.from, hit.to);
    i = hit.to - 1;
  }
  sortSmall(out, (a, b) => a.start - b.start);
  return dropFacilities(ctx, out);
}

/**
 * Capitalised words that make a name before them a building's, a road's or a prize's (none a surname too: not
 * "Park", "Hall", "Port" or "Garden") ("King Khalid International
 * Airport", "Jomo Kenyatta International", "Narendra Modi Stadium", "Nelson Mandela Bridge"), not a person's.
 */
export const FACILITY = new Set(
  (
    'international airport airports terminal university college academy school institute stadium arena hospital ' +
    'bridge causeway street avenue boulevard road highway expressway memorial mausoleum museum library mosque ' +
    'cathedral prize award medal dam canal harbour harbor'
  ).split(' '),
);

/** A named mention that a facility's word follows or ends is that facility: it names no one. */
function dropFacilities(ctx: ScanContext, out: PersonMention[]): PersonMention[] {
  const { ws, text } = ctx;
  const facility = (k: number) => !!ws[k]?.cap && FACILITY.has(ws[k].key);
  // (Only the name's words and the word right after it: "Minister of Foreign Affairs and International Cooperation" is a title.)
  const named = (m: PersonMention) => {
    if (m.name === null) return false;
    for (let k = m.from + 1; k < m.to; k++) if (ws[k].start >= m.nameStart && ws[k].end <= m.nameEnd && facility(k)) return true;
    return m.end === m.nameEnd && facility(m.to) && gapIsSpace(text, ws[m.to - 1], ws[m.to]);
  };
  return out.some(named) ? out.filter((m) => !named(m)) : out;
}

/**
 * The word at k is one half of "A, B" or "A and B" whose other half is a place's name, not said as its owner
 * ("Dar, Maputo pledge …"; not "Lavrov, Moscow's envoy").
 */
export function pairedWithPlace(ctx: ScanContext, k: number): boolean {
  const { ws, text, g } = ctx;
  // (The pair opens its clause: in "Blinken in Cairo, Erdogan holds …" the city is where Blinken is.)
  const opens = (j: number) => j === 0 || !PAIR_PREP.has(ws[j - 1].key);
  const isPlace = (j: number) => {
    if (j < 0 || !ws[j]?.cap) return false;
    const hit = g.places.matchAt(ws, j);
    return !!hit && !isPossessive(ws[hit.to]);
  };
  const joins = (a: Word, b: Word) => /^(?:\s*,\s*|\s+(?:and|&)\s+)$/.test(text.slice(a.end, b.start));
  if (ws[k + 1] && opens(k) && joins(ws[k], ws[k + 1]) && isPlace(k + 1)) return true;
  if (ws[k + 2] && opens(k) && ws[k + 1].key === 'and' && isPlace(k + 2) && /^\s+$/.test(text.slice(ws[k].end, ws[k + 1].start))) return true;
  if (k > 0 && opens(k - 1) && joins(ws[k - 1], ws[k]) && isPlace(k - 1)) return true;
  return k > 1 && opens(k - 2) && ws[k - 1].key === 'and' && isPlace(k - 2) && /^\s+$/.test(text.slice(ws[k - 2].end, ws[k - 1].start));
}

/** Words that govern a place: a pair after one is no pair of subjects. */
const PAIR_PREP = new Set(['in', 'at', 'to', 'from', 'of', 'for', 'by', 'with', 'into', 'near', 'via', 'between', 'visit', 'visits', 'visited', 'visiting', 'toured']);

/** Military ranks written before a name in full ("Captain Ibrahim Traore", "Colonel Assimi Goita"). */
const RANKS = new Set(['captain', 'colonel', 'lieutenant', 'major', 'admiral', 'brigadier', 'commander', 'sergeant', 'lt.', 'col.', 'gen.', 'capt.']);

/** Head nouns of bodies, firms, forces and things a country's possessive often stands before: no person's name. */
const THING_HEAD = new Set(
  (
    'party parties ministry ministries court bank banks agency group forces force guard guards army navy council committee office parliament ' +
    'assembly senate congress company corporation corp co inc ltd plc ab ag sa airlines airways electronics motors news times post ' +
    'television tv radio university institute foundation union federation association front movement league cup dome station airport ' +
    'port exchange fund index oil gas energy petroleum steel telecom media service services police department commission authority ' +
    'board bureau centre center initiative programme program plan project strategy day games olympics systems technologies industries ' +
    'holdings capital reserve canal wall bridge square palace house tower island islands sea ocean river lake mountains valley coast ' +
    'province region state republic kingdom cabinet government administration embassy mission delegation team squad club prize award ' +
    'museum library hospital church mosque temple network daily herald tribune journal gazette review act law constitution treaty'
  ).split(/\s+/),
);

/** A name run of two names or more (particles aside) with no body's head noun and no place opening it. */
function personLike(ctx: ScanContext, from: number, to: number): boolean {
  const { ws, g } = ctx;
  let names = 0;
  for (let k = from; k < to; k++) {
    if (THING_HEAD.has(ws[k].key)) return false;
    if (!PARTICLES.has(ws[k].key)) names++;
  }
  if (names < 2 || THING_HEAD.has(ws[to]?.key ?? '')) return false;
  return !g.places.matchAt(ws, from, (a, b) => ws[a].cap && ws[b - 1].cap);
}

/** "the head of Russian diplomacy", "the chief of Spanish diplomacy" (translated copy): a foreign minister. */
function diplomacyHead(ctx: ScanContext, i: number): { to: number; country: string; office: OfficeDef } | null {
  const { ws, g } = ctx;
  if ((ws[i].key !== 'head' && ws[i].key !== 'chief') || ws[i + 1]?.key !== 'of') return null;
  const k = ws[i + 2]?.key === 'the' ? i + 3 : i + 2;
  const c = countryAt(g, ctx.text, ws, k);
  if (!c || ws[c.to]?.key !== 'diplomacy') return null;
  const office = g.kb.office('head of diplomacy', c.country.code);
  return office ? { to: c.to + 1, country: c.country.code, office } : null;
}

/**
 * ", Alexis Thambwe Mwamba and Rosemary Museminali," right after a plural title: two name runs joined by "and",
 * closed by a comma or the sentence's end.
 */
function listedPair(ctx: ScanContext, j: number, used: boolean[]): ListedPair | null {
  const { ws, text } = ctx;
  // ("the chancellors of both countries, …": whose they are may stand between.)
  if (ws[j]?.key === 'of' && /^(?:both|the)$/.test(ws[j + 1]?.key ?? '') && (ws[j + 1].key === 'both' || ws[j + 2]?.key === 'two')) {
    const k = ws[j + 1].key === 'both' ? j + 2 : j + 3;
    if (/^(?:countries|nations|sides|governments)$/.test(ws[k]?.key ?? '')) j = k + 1;
  }
  if (!ws[j] || used[j] || !/^\s*,\s*$/.test(text.slice(ws[j - 1].end, ws[j].start))) return null;
  const a = nameRun(ctx, j);
  if (!a || a.to - a.from < 2) return null;
  // ("Pablo Quirno of Argentina and Francisco Pérez Mackenna of Chile": each name may carry its country after "of".)
  const ofA = ofCountry(ctx, a.to);
  const andAt = ofA ? ofA.to : a.to;
  if (ws[andAt]?.key !== 'and' || !ws[andAt + 1]) return null;
  const b = nameRun(ctx, andAt + 1);
  if (!b || b.to - b.from < 2) return null;
  const ofB = ofCountry(ctx, b.to);
  const end = ofB ? ofB.to : b.to;
  if (!ofA !== !ofB) return null;
  if (ws[end] && !/^\s*[,.;]/.test(text.slice(ws[end - 1].end, ws[end].start))) return null;
  const pair: ListedPair = [a, b];
  if (ofA && ofB) pair.countries = [ofA.code, ofB.code];
  return pair;
}

type ListedPair = [{ from: number; to: number }, { from: number; to: number }] & { countries?: [string, string] };

/** "of Argentina" right after a name: the country, and the word after it. */
function ofCountry(ctx: ScanContext, k: number): { code: string; to: number } | null {
  if (ctx.ws[k]?.key !== 'of') return null;
  const c = countryAt(ctx.g, ctx.text, ctx.ws, k + 1);
  return c ? { code: c.country.code, to: c.to } : null;
}

/** The title's head noun is plural: "officials", "foreign ministers" (not "Minister of Foreign Affairs", "Minister for Foreign Affairs"). */
function pluralHead(ws: Word[], from: number, to: number): boolean {
  let head = to - 1;
  for (let k = from + 1; k < to; k++)
    if (ws[k].key === 'of' || ws[k].key === 'for') {
      head = k - 1;
      break;
    }
  const key = ws[head].key;
  return key.endsWith('s') && !key.endsWith('ss');
}

/** A name run that ends with a comma right before a title ("Ana Ribeiro, Brazil's foreign minister"). */
function appositive(ctx: ScanContext, titleFrom: number, used: boolean[]): { from: number; to: number } | null {
  const { ws, text } = ctx;
  const end = titleFrom - 1;
  if (end < 0 || used[end] || !ws[end].cap) return null;
  // ("Gilberto C. Teodoro Jr., Secretary of National Defense": a suffix keeps its full stop before the comma.)
  const suffix = ws[end].key === 'jr' || ws[end].key === 'sr';
  if (!(suffix ? /^\.?\s*,\s*(?:the\s+)?$/i : /^\s*,\s*(?:the\s+)?$/i).test(text.slice(ws[end].end, ws[titleFrom].start))) return null;
  let from = end;
  // Back over the name's words ("Reem bint Ebrahim Al Hashimy" keeps its particles), not over a courtesy
  // before it ("Her Excellency Reem Al Hashimy, Minister of State").
  const nameWord = (w: Word) => (w.cap || PARTICLES.has(w.key)) && !HONORIFIC.has(w.key) && !BEFORE_NAME.has(w.key);
  // Five words back (a name of more is no name nameRun takes whole), but particles do not count, as in nameRun:
  // five words back from the title stopped inside "Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince" and
  // named his father.
  let names = 1;
  // (A middle initial keeps its full stop: "Gilberto C. Teodoro".)
  const initialGap = (a: Word, b: Word) => /^\p{Lu}$/u.test(a.text) && /^\.[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
  while (from - 1 >= 0 && names < 5 && nameWord(ws[from - 1]) && !used[from - 1] && (gapIsSpace(text, ws[from - 1], ws[from]) || initialGap(ws[from - 1], ws[from]))) {
    from--;
    if (!PARTICLES.has(ws[from].key)) names++;
  }
  while (from < end && !ws[from].cap) from++;
  const run = nameRun(ctx, from);
  return run && run.to === end + 1 ? run : null;
}

/**
 * A title right after a named person's title and a comma: that person's further title — unless the knowledge
 * has that person only in another country's service: a headline's list "PM Shehbaz, UAE President discuss …"
 * names two men, not a Pakistani made the Emirates' president.
 */
function secondTitle(ctx: ScanContext, out: PersonMention[], from: number, to: number, country: string | null): boolean {
  const prev = out[out.length - 1];
  if (!prev || prev.kind !== 'titled' || !prev.name || prev.to !== from || from < 1) return false;
  if (country && prev.known.length && !prev.known.some((o) => o.country === country)) return false;
  // ("PM Shehbaz, UAE President discuss …": a verb in the plural right after the second title has two subjects.)
  if (to < ctx.ws.length && PLURAL_EXCHANGE_VERB.test(ctx.text.slice(ctx.ws[to - 1].end, ctx.ws[to - 1].end + 20))) return false;
  return /^\s*,\s*$/.test(ctx.text.slice(ctx.ws[from - 1].end, ctx.ws[from].start));
}

/** Exchange verbs in the plural, as a headline lists two sides before them ("X, Y discuss …", "X, Y hold talks"). */
const PLURAL_EXCHANGE_VERB = /^\s+(?:discuss|meet|hold|agree|vow|sign|talk|review|exchange|speak|call|hail|pledge|stress|reaffirm|urge)\b/;

function gapOk(ctx: ScanContext, a: Word, b: Word): boolean {
  const gap = ctx.text.slice(a.end, b.start);
  return /^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(gap) && gap.length <= 3;
}

/** Capitalised words not covered by any mention: candidates for "Kasuri", "Suluhu", "Sinha". */
export function uncoveredCapitals(ws: Word[], mentions: PersonMention[]): number[] {
  const covered = new Array<boolean>(ws.length).fill(false);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) covered[k] = true;
  const out: number[] = [];
  for (let i = 0; i < ws.length; i++) if (!covered[i] && ws[i].cap && !NOT_NAME.has(ws[i].key)) out.push(i);
  return out;
}

export { NOT_NAME };
