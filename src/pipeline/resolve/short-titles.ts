// "The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received … The Chairperson had earlier
// held a call …": an institution's release names its head once in full, then by the head word of the title
// alone. The bare word is that person when the story named no one else with it.
import type { Entity, ResolvedMention } from './entities.js';
import type { Word } from '../text/words.js';
import { attachNominal } from './styled-names.js';

/** Heads of titles that the office table holds only in longer forms ("Chairperson of the … Commission"). */
const HEAD_WORDS = new Set(['chairperson', 'chairman', 'chairwoman', 'chair', 'commissioner']);

/** What stands before an office's head word to make it another post: "Deputy Chairperson", "Vice Chair". */
const RANKS = '(?:deputy|vice|assistant|under|associate|acting|former|honorary)';
const LESSER = new RegExp(`\\b${RANKS}\\b`);

const LESSER_BEFORE = new RegExp(`\\b${RANKS}[\\s-]*$`, 'i');

/** Leaders' titles ending in a common head: "the Minister" is not the Prime Minister. */
const LEADER = /\b(?:prime|chief|first)\s+minister\b/;

/** The words of a title before what it is of or for: "Chairperson of the African Union Commission" → "chairperson". */
function headOf(officeText: string): string {
  return officeText.toLowerCase().split(/\s+(?:of|for|to|on|in|at)\s+|,/)[0].trim();
}

/** Whether `title` is the head of the office written for `e`, with nothing before it that makes another post. */
function heads(text: string, e: Entity, title: string): boolean {
  if (!e.officeText) return false;
  const head = headOf(e.officeText);
  if (head !== title && !head.endsWith(` ${title}`)) return false;
  // (A mention may have left its rank outside: "The Deputy Chairperson of …, Selma Malika Haddadi".)
  const ranked = (x: Entity['mentions'][number]) => LESSER_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start));
  return !LESSER.test(head) && !LEADER.test(head) && !e.mentions.some(ranked);
}

interface Sent {
  ws: Word[];
}

export function shortTitles(text: string, raw: Sent[], bySentence: ResolvedMention[][]): void {
  const entities = new Set<Entity>();
  raw.forEach((r, i) => {
    const ws = r.ws;
    const covered = (k: number) => bySentence[i].some((p) => k >= p.mention.from && k < p.mention.to);
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k];
      if (!w.cap || ws[k - 1].key !== 'the') continue;
      // A title the office table read with no one to name ("The Minister"), or a head word it holds only in longer forms.
      const open = bySentence[i].find((p) => p.mention.from === k && !p.entity && p.mention.kind === 'nominal' && !p.mention.country && !p.mention.plural && !p.mention.former && !p.mention.name);
      if (!open && (!HEAD_WORDS.has(w.key) || covered(k))) continue;
      const to = open ? open.mention.to : k + 1;
      // ("The Chairperson of the party", "The Commissioner for Trade": a title that goes on says whose it is.)
      const next = ws[to];
      if (next && (next.cap || /^(?:of|for|to|on|at|in)$/.test(next.key))) continue;
      const title = ws.slice(k, to).map((x) => x.key).join(' ');
      for (const list of bySentence.slice(0, i + 1)) for (const p of list) if (p.entity && p.mention.start < w.start) entities.add(p.entity);
      const holders = [...entities].filter((e) => heads(text, e, title));
      if (holders.length !== 1) continue;
      const e = holders[0];
      // ("The party chairperson, John Mbadi, …": a holder of the word the story wrote outside that person's mentions
      // leaves the bare word open.)
      if (!ownWord(text.slice(0, w.start), ws[to - 1].text, e)) continue;
      if (open) {
        open.entity = e;
        e.mentions.push(open.mention);
      } else attachNominal(bySentence[i], i, e, ws, k, to);
    }
  });
}

/** Whether every earlier use of the title's last word lies within a mention of `e`. */
function ownWord(before: string, word: string, e: Entity): boolean {
  const hay = before.toLowerCase();
  const key = word.toLowerCase();
  const letter = (c: string | undefined) => !!c && /[\p{L}-]/u.test(c);
  for (let at = hay.indexOf(key); at >= 0; at = hay.indexOf(key, at + 1)) {
    if (letter(hay[at - 1]) || letter(hay[at + key.length])) continue;
    if (!e.mentions.some((x) => at >= x.start && at < x.end)) return false;
  }
  return true;
}
