// A clause with no subject of its own shares the sentence's: "Modi met Ramaphosa before the opening
// session and later held talks with Carney and Albanese", "Lula … was due to meet Ramaphosa on Sunday
// before flying to Mozambique". The last person named before it (Ramaphosa) is an object, not the one
// who acts.
import type { DocumentView, SentenceView } from '../document.js';
import type { ResolvedMention } from '../resolve/entities.js';
import { OPENING_PARTICIPLE } from './clause.js';
import type { TriggerHit } from './triggers.js';

/** "… and later held bilateral ", "… and then ", "… and then went to Ankara to ": a verb phrase joined by "and", its subject left out. */
export const JOINED_VERB =
  /(?:^|[\s,])and\s+(?:(?:later|then|also|afterwards|subsequently|separately|again|on\s+\w+)\s+)*(?:(?:held|had|hold|holds|paid|pays|made|makes|will|would|is|was|went\s+on\s+to|plans|planned|went|flew|travell?ed|headed|came)\s+(?:[\w-]+\s+){0,4})?$/i;

/** A verb of meeting, and its object's title, between a subject and the one it takes ("met President", "meets"). */
const MEETS_BETWEEN = /^\s*(?:\w+\s+)?(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|held\s+talks\s+with|holds\s+talks\s+with)\s+(?:[\w.'’-]+\s+){0,4}$/i;

/** "before flying to", "after holding talks with", "ahead of travelling to": a participle after a time word. */
const PARTICIPLE_AFTER = /\b(?:before|after|ahead\s+of|while|upon|on)\s*$/i;

/** Words before the sentence's first person that make it no subject: "In a letter to X", "After meeting X". */
export const NOT_SUBJECT_BEFORE = /\b(?:to|with|from|by|for|of|after|before|when|while|following|during|since|than|between|and)\b/i;

/**
 * A sentence opening with "he" or "she" as its subject ("He met Putin …", "On Monday, in Paris, she flew …", "…, where
 * he met"), also after a time phrase with no comma ("On Friday morning he met …", "Later that day she flew …", "At
 * Government House on Saturday he met …").
 */
export const PRONOUN_OPENING =
  /^\s*(?:[^,;]{0,60},\s*){0,3}(?:(?:where|when|and)\s+|(?:on|in|at|earlier|later|last|that|this)\s+(?:[\w'’-]+\s+){0,5}?)?(?:he|she)\s+(?!said\b|says\b|told\b|and\b|or\b)\w+/i;

/**
 * The sentence's subject when the trigger's clause is a joined verb phrase or a participle with no subject
 * of its own; null otherwise (and when the sentence opens with no person as its subject). 'pronoun' when
 * the sentence opens with "he" or "she": "He met Putin in Moscow, then flew to Kyiv" shares the pronoun's
 * subject, told before, and Putin, named after it, is an object. 'office' when the sentence's subject is an office
 * with no name: no person named in the sentence is meant.
 */
export function sharedSubject(doc: DocumentView, s: SentenceView, t: TriggerHit, lo: number, active: ResolvedMention[]): ResolvedMention | 'pronoun' | 'office' | null {
  if (active.some((p) => p.mention.start >= lo && p.mention.end <= t.start)) return null;
  const left = doc.text.slice(lo, t.start);
  // ("…, then flew to Kyiv the next day for talks with Y": "then" after a comma opens a clause of its own, whose
  // verbs and nouns share the sentence's subject; so does "also" or "later" with a past verb, which resumes the main
  // clause after a relative one: "Lula, who arrived on Saturday after a stop in Moscow, also met Li Qiang".)
  const joined = JOINED_VERB.test(left) || (/^\s*(?:then|also|later)\s/i.test(left) && /,\s*$/.test(doc.text.slice(s.s.start, lo)));
  const participle = !joined && PARTICIPLE_AFTER.test(doc.text.slice(Math.max(s.s.start, lo - 12), lo)) && /^\s*\w+ing\b/i.test(doc.text.slice(lo, t.end));
  if (!joined && !participle) return null;
  // "Before meeting Xi, Lula held talks with Li and later met Zhao": the sentence's subject follows its opening
  // participle phrase; that phrase's own participle shares it, and the people inside it are objects.
  const opening = OPENING_PARTICIPLE.exec(s.s.text);
  const openEnd = opening ? s.s.start + opening.index + opening[0].length : s.s.start;
  if (opening && t.start < openEnd) {
    if (!participle) return null;
    return active.find((p) => p.entity && p.mention.start >= openEnd && /^\s*$/.test(doc.text.slice(openEnd, p.mention.start))) ?? null;
  }
  const first = active.find((p) => p.entity && p.mention.start >= openEnd);
  // ("He flew to Sochi in May, …, and travelled to Vladivostok": no one named before the clause, the pronoun's.)
  if (!first || first.mention.end > lo) return PRONOUN_OPENING.test(doc.text.slice(s.s.start, lo)) ? 'pronoun' : null;
  if (PRONOUN_OPENING.test(doc.text.slice(s.s.start, first.mention.start))) return 'pronoun';
  if (NOT_SUBJECT_BEFORE.test(doc.text.slice(openEnd, first.mention.start))) return null;
  // ("The Italian prime minister met President Kais Saied in Tunis before flying to Libya": a subject named by office
  // alone stands before the first person named, an object; the clause shares the office, for the caller to take.)
  const office = s.people.find((p) => p.mention.kind === 'nominal' && !p.entity && p.mention.country && p.mention.start >= openEnd && p.mention.end <= first.mention.start);
  if (office && !NOT_SUBJECT_BEFORE.test(doc.text.slice(openEnd, office.mention.start)) && MEETS_BETWEEN.test(doc.text.slice(office.mention.end, first.mention.start))) return 'office';
  return first;
}
