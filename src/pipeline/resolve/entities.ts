// In-document coreference of people: "US Secretary of State Antony Blinken" … "Blinken" … "Mr Blinken"
// are one person; "Jinping" is Xi Jinping by the knowledge's alias; "Wang" is the Wang this
// document has named most recently. Nominal sides ("a senior US diplomat") stay unnamed here.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { covers } from '../../knowledge/index.js';
import type { OfficeDef, Official } from '../../knowledge/types.js';
import type { PersonMention } from '../mentions/people.js';
import { foldKey } from '../text/words.js';
import { mapPacked } from '../packed.js';

export interface Entity {
  id: number;
  name: string;
  country: string | null;
  office: OfficeDef | null;
  officeText: string | null;
  official: Official | null;
  mentions: PersonMention[];
}

export interface ResolvedMention {
  mention: PersonMention;
  sentence: number;
  entity: Entity | null;
}

const tokenCache = new Map<string, string[]>();
function tokensOf(name: string): string[] {
  let t = tokenCache.get(name);
  if (!t) {
    t = foldKey(name).split(/\s+/).filter(Boolean);
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(name, t);
  }
  return t;
}

function subset(a: string[], b: string[]): boolean {
  return a.every((t) => b.includes(t));
}

/**
 * "Maryam Nawaz Sharif" after "Nawaz Sharif": a longer name the knowledge does not give the known official, with a word
 * of its own before the whole of his, is another person named for him (a daughter, a son), not him written in full.
 */
function anotherGivenName(toks: string[], e: Entity, official: Official | null): boolean {
  if (official || !e.official) return false;
  const own = tokensOf(e.name);
  return toks.length > own.length && !own.includes(toks[0]) && toks.slice(-own.length).join(' ') === own.join(' ');
}

/** The official in office on the date, when an alias names several ("Wang" in 2023). */
function pickOfficial(kb: KnowledgeIndex, list: Official[], date: string | null, country: string | null): Official | null {
  let cands = country ? list.filter((o) => o.country === country) : list;
  if (!cands.length) cands = list;
  const inOfficeOn = (o: Official, d: string) => o.terms.some((t) => t.start <= d && (t.end === null || t.end >= d));
  // "Djibouti's Mahmoud Ali Youssouf", chair of the AU Commission since February: the country is his nationality
  // too, and the knowledge holds him once for each; the one of the same name in an organisation's office then is he.
  if (date && country && cands.every((o) => !inOfficeOn(o, date))) {
    const now = list.filter((o) => !cands.includes(o) && inOfficeOn(o, date) && cands.some((c) => c.name === o.name) && !!kb.country(o.country)?.isOrganisation);
    if (now.length === 1) return now[0];
  }
  if (cands.length === 1) return cands[0];
  if (date) {
    const inOffice = cands.filter((o) => inOfficeOn(o, date));
    if (inOffice.length === 1) return inOffice[0];
  }
  return null;
}

export function resolveEntities(
  kb: KnowledgeIndex,
  mentions: Array<{ mention: PersonMention; sentence: number }>,
  docDate: string | null,
): { entities: Entity[]; resolved: ResolvedMention[] } {
  const entities: Entity[] = [];
  // Built field by field, not spread: V8 gave the spread copies maps not shared with each other, so
  // nearly every later `r.entity = e` generalised a map anew (25,000 times in 3 MB of news, by
  // --trace-generalization) and dropped optimised code that relied on it (docs/performance.md, session 8).
  const resolved: ResolvedMention[] = mapPacked(mentions, (m) => ({ mention: m.mention, sentence: m.sentence, entity: null }));

  const create = (m: PersonMention, name: string, official: Official | null): Entity => {
    const e: Entity = {
      id: entities.length,
      name,
      // One who serves an organisation is its side, whatever nationality the text gives ("Djibouti's Youssouf").
      country: (official && kb.country(official.country)?.isOrganisation ? official.country : null) ?? m.country ?? official?.country ?? singleCountry(m.office),
      office: m.office,
      officeText: m.officeText,
      official,
      mentions: [],
    };
    entities.push(e);
    return e;
  };
  // Where each entity is mentioned (sorted indices into `resolved`), and which entities a name word
  // belongs to: one-word mentions look these up instead of rescanning the document.
  const positions = new Map<Entity, number[]>();
  const byToken = new Map<string, Set<Entity>>();
  const indexName = (e: Entity) => {
    for (const t of tokensOf(e.name)) {
      let set = byToken.get(t);
      if (!set) byToken.set(t, (set = new Set()));
      set.add(e);
    }
  };
  const attach = (r: ResolvedMention, e: Entity, idx: number) => {
    r.entity = e;
    e.mentions.push(r.mention);
    let pos = positions.get(e);
    if (!pos) positions.set(e, (pos = []));
    pos.splice(upperBound(pos, idx), 0, idx);
    const m = r.mention;
    if (!e.country && m.country) e.country = m.country;
    if (!e.office && m.office) {
      e.office = m.office;
      e.officeText = m.officeText;
    }
    // A longer written name fills out a short one, but a known official keeps the knowledge's name.
    if (m.name && m.name.length > e.name.length && subset(tokensOf(e.name), tokensOf(m.name)) && e.name !== e.official?.name) e.name = m.name;
    indexName(e);
  };

  // Pass 1: full names (two words or more) make or join entities.
  for (let idx = 0; idx < resolved.length; idx++) {
    const r = resolved[idx];
    const m = r.mention;
    if (!m.name || tokensOf(m.name).length < 2) continue;
    const toks = tokensOf(m.name);
    const official = m.known.length ? pickOfficial(kb, m.known, docDate, m.country) : null;
    const same = entities.find(
      (e) =>
        (official && e.official === official) ||
        ((subset(toks, tokensOf(e.name)) || (subset(tokensOf(e.name), toks) && !anotherGivenName(toks, e, official))) &&
          (!m.country || !e.country || m.country === e.country)),
    );
    if (same) {
      attach(r, same, idx);
      if (!same.official && official) same.official = official;
    } else {
      // "Prince Mohammed bin Salman bin Abdulaziz Al Saud" is known as Mohammed bin Salman: a longer written form takes the known name.
      const known = official?.name && (subset(toks, tokensOf(official.name)) || subset(tokensOf(official.name), toks));
      attach(r, create(m, known ? official!.name : m.name, official), idx);
    }
  }

  // Pass 2: one-word names join the entity this document named most recently with that word,
  // else the next one it names, else the knowledge's official of that alias.
  for (let idx = 0; idx < resolved.length; idx++) {
    const r = resolved[idx];
    const m = r.mention;
    if (!m.name || r.entity) continue;
    const tok = tokensOf(m.name);
    let befores: Array<{ e: Entity; at: number }> = [];
    let after: { e: Entity; at: number } | null = null;
    for (const e of byToken.get(tok[0]) ?? []) {
      if (!subset(tok, tokensOf(e.name)) || (m.country && e.country && e.country !== m.country)) continue;
      const pos = positions.get(e) ?? [];
      const k = upperBound(pos, idx);
      if (k > 0) befores.push({ e, at: pos[k - 1] });
      if (k < pos.length && (!after || pos[k] < after.at)) after = { e, at: pos[k] };
    }
    if (befores.length > 1) befores = preferredNamesakes(befores, m, r.sentence, resolved, docDate);
    const before = befores.reduce<{ e: Entity; at: number } | null>((a, b) => (!a || b.at > a.at ? b : a), null);
    let target = before?.e ?? after?.e ?? null;
    if (!target) {
      const official = m.known.length ? pickOfficial(kb, m.known, docDate, m.country) : null;
      // A bare surname the document never spells out ("English", "May", "Austin") names an official
      // only if a title stands with it or that official held a senior office when the text was written.
      if (official && m.kind === 'known' && !seniorAt(kb, official, docDate)) continue;
      if (official) target = entities.find((e) => e.official === official) ?? create(m, official.name, official);
      else if (m.kind === 'titled' || m.kind === 'honorific' || m.kind === 'counterpart') target = create(m, m.name, null);
    }
    if (target) attach(r, target, idx);
  }
  // "Penny Wong … “The foreign minister talked to …”": a person the text names without a title
  // holds, for later definite titles, the office the knowledge says they held when it was written.
  if (docDate)
    for (const e of entities) {
      if (e.office || !e.official) continue;
      const term = e.official.terms.find((t) => covers(t, docDate));
      if (term) e.office = kb.office(term.office.toLowerCase()) ?? kb.office(term.office.toLowerCase(), e.country) ?? null;
    }
  return { entities, resolved };
}

/**
 * Namesakes named before a one-word mention ("Li" after Li Qiang and Li Keqiang; "Prince Faisal" after Prince
 * Faisal bin Farhan and Faisal Mekdad): the mention goes to the one named last, unless
 * - it carries a title one of them was written with ("Prince"), which keeps those;
 * - the one named last is a known official out of office when the text was written and was named only in an
 *   earlier paragraph's background ("Li Keqiang visited in 2017" … "Li's trip"), while another is in office:
 *   a story's bare surname is its protagonist's. Named in this or the sentence before, the last one keeps it;
 * - so is one the knowledge does not hold, whom the text only ever titles as former, even named just before.
 */
function preferredNamesakes(
  cands: Array<{ e: Entity; at: number }>,
  m: PersonMention,
  sentence: number,
  resolved: ResolvedMention[],
  docDate: string | null,
): Array<{ e: Entity; at: number }> {
  let out = cands;
  if (m.office) {
    const id = m.office.id;
    const titled = out.filter((c) => c.e.mentions.some((x) => x !== m && x.office?.id === id));
    if (titled.length && titled.length < out.length) out = titled;
  }
  // "Prime Minister Dr Manmohan Singh … Mr Natwar Singh … Dr Singh accepted": a courtesy one of them was written with
  // keeps the surname his ("Mrs Clinton" is not her husband, named after her).
  if (out.length > 1 && m.style) {
    const styled = out.filter((c) => c.e.mentions.some((x) => x !== m && x.style === m.style));
    if (styled.length && styled.length < out.length) out = styled;
  }
  if (out.length > 1 && docDate) {
    const last = out.reduce((a, b) => (b.at > a.at ? b : a));
    const serving = (e: Entity) => !!e.official && e.official.terms.some((t) => covers(t, docDate));
    const near = resolved[last.at].sentence >= sentence - 1;
    if (!near && last.e.official && !serving(last.e)) {
      const inOffice = out.filter((c) => serving(c.e));
      if (inOffice.length) out = inOffice;
    }
    // ("… went fishing with Bush's father, former president George H.W. Bush. It was the first time Bush had invited
    // …": one the text only ever titles as former is not the story's bare surname either, however near.)
    const onlyFormer = (e: Entity) => {
      const written = e.mentions.filter((x) => x.kind !== 'known');
      return written.length > 0 && written.every((x) => x.former);
    };
    if (out.length > 1 && !last.e.official && onlyFormer(last.e)) {
      const others = out.filter((c) => !onlyFormer(c.e));
      if (others.length) out = others;
    }
  }
  return out;
}

/** The first position in a sorted array holding a value greater than x. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function seniorAt(kb: KnowledgeIndex, o: Official, date: string | null): boolean {
  if (!date) return false;
  const term = o.terms.find((t) => t.start <= date && (t.end === null || t.end >= date));
  const rank = term ? kb.termRank(term, o.country) : null;
  return rank !== null && rank <= 3;
}

function singleCountry(office: OfficeDef | null): string | null {
  return office?.countries?.length === 1 ? office.countries[0] : null;
}
