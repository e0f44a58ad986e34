// Who speaks rather than acts, who is named only to qualify something else, and who said a quote.
import type { DocumentView, SentenceView } from '../document.js';
import type { Entity, ResolvedMention } from '../resolve/entities.js';
import { mayMatch } from '../text/literal-filter.js';
import { SPEAKER_AFTER, SPEAKER_BEFORE } from './lexicon.js';

export function isSpeaker(doc: DocumentView, s: SentenceView, r: ResolvedMention): boolean {
  const after = doc.text.slice(r.mention.end, Math.min(s.s.end, r.mention.end + 80));
  const before = doc.text.slice(Math.max(s.s.start, r.mention.start - 30), r.mention.start);
  // "A Kremlin spokesman, Dmitry Peskov, said Putin and Xi would meet": the comma closes the speaker's
  // apposition, so he speaks, and the one after "said" is the reported clause's subject.
  const apposition = (at: number) => s.people.some((o) => o !== r && o.mention.end === at);
  const comma = /,\s*(?:said|says)\s+(?:the\s+)?$/.exec(before);
  if (comma && apposition(r.mention.start - before.length + comma.index)) return false;
  return SPEAKER_AFTER.test(after) || (/^\s*,\s*(?:said|says|told|added)\b/i.test(after) && /,\s*$/.test(doc.text.slice(Math.max(s.s.start, r.mention.nameStart - 3), r.mention.nameStart))) || SPEAKER_BEFORE.test(before);
}

/** "under Biden’s administration", "Raimondo’s office", "Abdelatty's deputy": a person named only to qualify something else. */
export function isQualifier(doc: DocumentView, r: ResolvedMention): boolean {
  const after = doc.text.slice(r.mention.end, r.mention.end + 40);
  const before = doc.text.slice(Math.max(0, r.mention.start - 12), r.mention.start);
  return (
    /^['’]s?\s+(?:administration|government|office|spokes\w+|aides?|deput(?:y|ies)|ministry|camp|party|cabinet|team|predecessor|successor|wife|husband|son|daughter|brother|sister|father|mother|widow|family|brother|election|inauguration|death|funeral|legacy|regime|era|rule|presidency|policies|policy|remarks|comments|statement|speech|letter|visa|approval|blessing|consent|backing|permission|knowledge)\b/i.test(
      after,
    ) ||
    // "Steve Witkoff, Mr Trump's incoming special envoy to the Middle East": the one an envoy serves.
    ENVOY_OF.test(after) ||
    (TOOK_OFFICE.test(after) && !FIRST_TO_ACT.test(doc.text.slice(r.mention.end, r.mention.end + 120))) ||
    (/\b(?:under|since)\s*$/i.test(before) && !ACTS_SINCE.test(after)) ||
    serves(doc, r) ||
    isFormer(doc, r)
  );
}

/** "'s incoming special envoy", "'s top adviser": an envoy or adviser the name owns. */
// ("Trump's Ukraine envoy", "Biden's Middle East envoy": a remit of capitalised words may stand before the title.)
// (Case-sensitive, so only a capitalised word is a remit: "X's meeting with the envoy" owns none.)
const ENVOY_OF = /^['’]s?\s+(?:(?:[Ii]ncoming|[Nn]ew|[Tt]op|[Cc]hief|[Ss]enior|[Ss]pecial|[Pp]ersonal|[Vv]eteran|[Ll]ongtime|[Tt]rusted)\s+|\p{Lu}[\p{L}-]*\s+){0,3}(?:[Ee]nvoys?|[Aa]dvis[eo]rs?|[Rr]epresentatives?|[Nn]egotiators?|[Ee]missar(?:y|ies))\b/u;

/** "since X took office", "after X became president": the person dates something else. */
const TOOK_OFFICE = /^\s+(?:took|takes|had taken|assumed) office|^\s+(?:became|become|was elected|was inaugurated|was sworn in|came to power)\b/i;
/** "X became the first Australian leader in seven years to visit China": a superlative of an act, which X did. */
const FIRST_TO_ACT = /^\s+(?:became|become)\s+(?:the\s+)?(?:first|only|last|\w+est)\b[^,;.]{0,80}?\bto\s+[a-z]+/i;

/**
 * "since Li Keqiang visited in 2017", "since Abe met Putin": a name that a "since" clause makes the subject of
 * an exchange's verb acts in it (the period it bounds is told by the exchange, not named by the person).
 */
// ("since Sybiha's visit to Guangzhou in July 2024": so does one whose exchange, by its noun, the "since" bounds.)
const ACTS_SINCE = /^\s+(?:(?:last|first|also|then)\s+)?(?:visited|met|travell?ed|went|came|flew|held|hosted|received|paid)\b|^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|journey|meeting|talks|summit|call)\b/i;

/** "a senior adviser to the president of the UAE": the one served is named only to say whose the adviser is. */
function serves(doc: DocumentView, r: ResolvedMention): boolean {
  const from = Math.max(0, r.mention.start - 30);
  // The sentence's literals decide for a stretch inside it; one that reaches back past its start is read.
  const s = doc.sentences[r.sentence];
  if (s && from >= s.s.start && !mayMatch(SERVES, s.grams)) return false;
  return SERVES.test(doc.text.slice(from, r.mention.start));
}

const SERVES = /\b(?:advis[eo]rs?|aides?|envoys?|spokes(?:man|woman|person)|representatives?|counsell?ors?|chief\s+of\s+staff)\s+to\s+(?:the\s+)?$/i;

/**
 * "the late Shinzo Abe", "former presidents Lagos and Kirchner": out of office when the text was written. So is
 * "opposition leader Peter Dutton": an opposition leader holds no office of state, and is a party only to what
 * falls in a term the knowledge gives (a former minister's, a future chancellor's).
 */
export function isFormer(doc: DocumentView, r: ResolvedMention): boolean {
  return (
    r.mention.former ||
    /\b(?:late|former|ex-)\s*$/i.test(doc.text.slice(Math.max(0, r.mention.start - 12), r.mention.start)) ||
    opposedBefore(doc.text.slice(Math.max(0, r.mention.start - 40), r.mention.start)) ||
    partySpokesperson(doc, r)
  );
}

/**
 * "Labour's foreign affairs spokesperson Peeni Henare", "shadow foreign secretary David Lammy": a party's voice on a
 * portfolio holds no office of state ("China's foreign ministry spokesperson" is a state's, and speaks anyway).
 */
function partySpokesperson(doc: DocumentView, r: ResolvedMention): boolean {
  const from = Math.max(0, r.mention.start - 60);
  const before = doc.text.slice(from, r.mention.nameStart);
  // Both patterns end in a spokesman's or a minister's title: most names have neither before them, and the
  // patterns would try every position of the 60 characters to find that out.
  if (!/spokes|shadow/i.test(before)) return false;
  if (/\bshadow\s+(?:[\w-]+\s+){0,3}(?:minister|secretary|chancellor|spokes(?:person|man|woman))\s*,?\s*$/i.test(before)) return true;
  const m = /\b(\p{Lu}[\p{L}\p{M}-]+)['’]s?\s+(?:[\w-]+\s+){0,3}spokes(?:person|man|woman)\s*,?\s*$/u.exec(before);
  if (!m) return false;
  const at = from + m.index;
  const s = doc.sentences[r.sentence];
  return !!s && !s.countries.some((c) => c.start <= at && c.end > at) && !s.places.some((p) => p.start <= at && p.end > at);
}

/** The word first: the pattern, anchored at the end, would try every position of the text before the name. */
const opposedBefore = (before: string) => /opposition/i.test(before) && OPPOSITION_BEFORE.test(before);

/** "opposition leader", "Leader of the Opposition", "opposition figure" right before a name. */
const OPPOSITION_BEFORE = /\b(?:opposition\s+(?:leader|figure|politician|chief|head|candidate)|leader\s+of\s+the\s+(?:\w+\s+)?opposition)\s*,?\s*$/i;

/** A qualifier for a reason other than being out of office now. */
export function qualifiesOnly(doc: DocumentView, r: ResolvedMention): boolean {
  return isQualifier(doc, r) && !isFormer(doc, r);
}

/** "he added", "she said": an attribution to the speaker named before. */
const PRONOUN_SPEAKER = /\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|added|told|noted|stated|continued|went on)\b/i;

const QUOTE_REACH = 4;

/**
 * The speaker of a quote: the person a sentence attributes it to ("…,” Modi said), looking back
 * through "he added" to the sentences of the same quotation.
 */
export function quoteSpeaker(doc: DocumentView, si: number): Entity | null {
  for (let j = si; j >= 0 && si - j <= QUOTE_REACH; j--) {
    const s = doc.sentences[j];
    if (j < si && s.info.heading) break;
    const p = s.people.find((r) => r.entity && isSpeaker(doc, s, r));
    if (p?.entity) return p.entity;
    if (j < si && !PRONOUN_SPEAKER.test(s.s.text) && !/^\W*["“]/.test(s.s.text)) break;
  }
  return null;
}

/**
 * "MR PIGOTT: Deputy Secretary Landau meets … he met …": the name a transcript's line opens with, before its colon, is
 * who speaks; he says "I", so he is no one the line's "he" means.
 */
export function isLineLabel(doc: DocumentView, s: SentenceView, r: ResolvedMention): boolean {
  return doc.text.charCodeAt(r.mention.end) === 58 && /^[\p{L}. ]{0,14}$/u.test(doc.text.slice(s.s.start, r.mention.start));
}

/** "Minister Iwaya: I will host …": a line that opens with a name and a colon is that person's words. */
const TRANSCRIPT_HEAD = /^\s*[^:\n]{2,60}?:\s/;

/** The speaker a transcript line names before its colon, for any sentence of the line. */
export function transcriptSpeaker(doc: DocumentView, si: number): Entity | null {
  let j = si;
  while (j > 0 && doc.sentences[j - 1].s.line === doc.sentences[si].s.line) j--;
  const first = doc.sentences[j];
  const head = TRANSCRIPT_HEAD.exec(first.s.text);
  if (!head) return null;
  const p = first.people.find((r) => r.entity && r.mention.end <= first.s.start + head[0].length);
  return p?.entity ?? null;
}

/** A page of one person's own words: "Remarks by President António Costa following his meeting with …". */
const REMARKS_HEAD = /^\s*(?:(?:opening|closing|press|joint)\s+)?(?:remarks|statement|speech|address)\s+by\s+/i;

/**
 * On a page of remarks, "I" and "we" outside quotes are its speaker's, named in its headline: the first person named
 * there with the knowledge (not the one met, named later in it).
 */
export function remarksSpeaker(doc: DocumentView): Entity | null {
  return remarksPeople(doc)[0] ?? null;
}

/** The people a page of remarks names in its headline: its speaker first, then any one met ("following his meeting with …"). */
export function remarksPeople(doc: DocumentView): Entity[] {
  const head = doc.sentences[0];
  if (!head?.info.heading || !REMARKS_HEAD.test(head.s.text)) return [];
  return [...new Set(head.people.flatMap((r) => (r.entity ? [r.entity] : [])))];
}

/**
 * Quoted speech tells what someone said, not what happened: "“Hope this meeting can help …”". Inside a quote when
 * more curly quotes open than close before the point, or more straight quotes open a quote (at the start, or after
 * a space or "(") than close one (before a space, a stop, ")" or the end).
 * (One pass over the characters: it is asked for every person and trigger, and four global matches cost a twentieth
 * of the exclusions' time.)
 */
export function insideQuote(before: string): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x201c || c === 0xab) curly++;
    else if (c === 0x201d || c === 0xbb) curly--;
    else if (c === 0x22) {
      if (i === 0 || before[i - 1] === '(' || SPACE.test(before[i - 1])) straight++;
      if (i + 1 === before.length || CLOSES_QUOTE.test(before[i + 1])) straight--;
    }
  }
  return curly > 0 || straight > 0;
}

const SPACE = /\s/;
const CLOSES_QUOTE = /[\s,.;:!?)]/;
