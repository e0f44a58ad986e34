// Court styles: "Samdech Moha Bovor Thipadei Hun Manet" in the lead, then "Samdech Thipadei" alone for the
// rest of the story. A state agency writes its leader's honorifics before the name once and the short
// style after, with no name; the short form is the person whose style holds all its words.
import type { Entity, ResolvedMention } from './entities.js';
import type { Gazetteer } from '../mentions/gazetteer.js';
import { NOT_NAME, personMention } from '../mentions/people.js';
import type { Word } from '../text/words.js';
import { sortSmall } from '../sort-small.js';

/** Courtesies and ranks any official may carry: no one's own style ("Dr", "General", "H.E."). */
const COMMON = new Set(['h.e', 'h.e.', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'madam', 'excellency', 'his', 'her', 'majesty', 'highness', 'royal', 'gen', 'general', 'lt', 'col', 'colonel', 'captain', 'capt', 'major', 'admiral', 'marshal', 'sheikh', 'prince', 'princess', 'shri', 'smt', 'hon', 'honourable', 'honorable']);

interface Sent {
  ws: Word[];
}

/** A capitalised word that may be part of a style: no country, place, office or common courtesy. */
function styleWord(g: Gazetteer, ws: Word[], k: number): boolean {
  const w = ws[k];
  if (!w.cap || NOT_NAME.has(w.key) || COMMON.has(w.key) || COMMON.has(w.key.replace(/\.$/, ''))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
  return !g.countries.matchAt(ws, k) && !g.demonyms.matchAt(ws, k) && !g.places.matchAt(ws, k) && !g.offices.matchAt(ws, k);
}

/** Words joined by single spaces, as a style is written. */
const spaced = (text: string, a: Word, b: Word) => /^[ \t\u00a0]$/.test(text.slice(a.end, b.start));

export function styledShortForms(g: Gazetteer, text: string, raw: Sent[], bySentence: ResolvedMention[][]): void {
  // Each named person's style words, gathered where the text writes them right before the full name.
  const styles = new Map<Entity, Set<string>>();
  const covered = (i: number, k: number) => bySentence[i].some((p) => k >= p.mention.from && k < p.mention.to);
  raw.forEach((r, i) => {
    for (const p of bySentence[i]) {
      const m = p.mention;
      if (!p.entity || !m.name || m.kind === 'nominal' || m.name.split(/\s+/).length < 2) continue;
      let k = m.from - 1;
      const words: string[] = [];
      while (k >= 0 && styleWord(g, r.ws, k) && !covered(i, k) && spaced(text, r.ws[k], r.ws[k + 1])) words.push(r.ws[k--].key);
      if (words.length < 2) continue;
      let set = styles.get(p.entity);
      if (!set) styles.set(p.entity, (set = new Set()));
      for (const w of words) set.add(w);
    }
  });
  if (!styles.size) return;
  raw.forEach((r, i) => {
    const ws = r.ws;
    for (let k = 0; k < ws.length; k++) {
      if (!styleWord(g, ws, k) || covered(i, k)) continue;
      let end = k + 1;
      while (end < ws.length && styleWord(g, ws, end) && !covered(i, end) && spaced(text, ws[end - 1], ws[end])) end++;
      // Two style words or more, standing alone: a style still before a name is that name's, read already.
      if (end - k < 2 || (ws[end]?.cap && spaced(text, ws[end - 1], ws[end]))) {
        k = end - 1;
        continue;
      }
      const keys = ws.slice(k, end).map((w) => w.key);
      // The one person whose style holds every word, named before this sentence or in it.
      const owners = [...styles].filter(([e, set]) => keys.every((x) => set.has(x)) && e.mentions.some((x) => x.start < ws[k].start));
      if (owners.length === 1) attachNominal(bySentence[i], i, owners[0][0], ws, k, end);
      k = end - 1;
    }
  });
}

/** A nominal mention of words [from, to) that stands for a person the story named, put in its sentence's list in order. */
export function attachNominal(list: ResolvedMention[], sentence: number, entity: Entity, ws: Word[], from: number, to: number, country = entity.country): void {
  const mention = personMention(ws, 'nominal', from, to, null, null, { office: entity.office, officeText: entity.officeText, country });
  entity.mentions.push(mention);
  list.push({ mention, sentence, entity });
  sortSmall(list, (a, b) => a.mention.start - b.mention.start);
}
