// A first look at an article before it is read through: its sentences, their trigrams and the trigger
// rules each matches. Every event Readout gives starts at a trigger (or at an item of a list of trips),
// and a coverage claim at a line that heads a list of exchanges; an article with none of them yields
// nothing however closely it is read, so it is read no further. Most articles of a day's news tell no
// exchange, and reading them through (people, places, structure, dates) is most of their cost.
import { findTriggers, type TriggerHit } from './events/triggers.js';
import { mayOpenTripList } from './events/trip-list.js';
import { mapPacked } from './packed.js';
import { mayHeadCoverage } from './refine/coverage.js';
import { gramsOf, type Grams } from './text/literal-filter.js';
import { splitSentences, type Line, type Sentence } from './text/sentences.js';

export interface FirstLook {
  lines: Line[];
  sentences: Sentence[];
  /** Each sentence's trigrams, which the reading keeps (literal-filter). */
  grams: Grams[];
  /** Each sentence's trigger hits, which candidate building starts from. */
  hits: TriggerHit[][];
  /** Nothing in the article can give an event or a coverage claim. */
  quiet: boolean;
}

export function firstLook(text: string): FirstLook {
  const { lines, sentences } = splitSentences(text);
  const grams = mapPacked(sentences, (s) => gramsOf(s.text));
  const hits = mapPacked(sentences, (s, i) => findTriggers({ s, grams: grams[i] }));
  const quiet = !hits.some((h) => h.length > 0) && !sentences.some((s) => mayOpenTripList(s.text) || mayHeadCoverage(s.text));
  return { lines, sentences, grams, hits, quiet };
}
