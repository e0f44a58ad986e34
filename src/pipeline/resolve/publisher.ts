// A government's own page ("From: Prime Minister's Office, 10 Downing Street") names its own officials by
// title alone: "The Prime Minister spoke to President Ramaphosa". Such a title with no country written is
// the publisher's officer, whom the knowledge then names at the exchange's date (refine/name-offices).
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { covers } from '../../knowledge/index.js';
import { pickOffice, type Gazetteer } from '../mentions/gazetteer.js';
import type { PersonMention } from '../mentions/people.js';
import { words } from '../text/words.js';

/** How many lines from the top a publisher's line may stand. */
const HEAD_LINES = 6;

/**
 * "From: Prime Minister's Office, 10 Downing Street", "Issued by: …", "Published by: …", and a release's stamp
 * "Posted On: 12 MAR 2025 2:15PM by PIB Delhi" (the bureau's city).
 */
const PUBLISHER_LINE = /^\s*(?:(?:From|Issued\s+by|Published\s+by)\s*:\s*(.+)|Posted\s+on\s*:[^\n]{0,40}?\bby\s+(.+))$/i;

/** The country of the government whose page this is, from its publisher's line, if it names a place or country. */
export function publisherCountry(g: Gazetteer, text: string): string | null {
  let at = 0;
  const lines = text.split('\n');
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; at += lines[i].length + 1, i++) {
    if (!lines[i].trim()) continue;
    seen++;
    const m = PUBLISHER_LINE.exec(lines[i]);
    if (!m) continue;
    const who = m[1] ?? m[2];
    const ws = words(who, at + m.index + m[0].length - who.length);
    const codes = new Set<string>();
    for (const h of g.places.scan(ws, (a, b) => ws[a].cap && ws[b - 1].cap)) codes.add(h.values[0].country);
    for (const h of g.countries.scan(ws, (a, b) => ws[a].cap && ws[b - 1].cap)) codes.add(h.values[0].code);
    // A line naming two countries ("Embassy of Japan in Kenya") does not say whose page it is.
    return codes.size === 1 ? [...codes][0] : null;
  }
  return null;
}

/**
 * "The Prime Minister", "the Foreign Secretary" with no country written: the publisher's own officer, when
 * the knowledge has the publisher's country hold an office of that title at the page's date. Others re-name
 * someone named before ("President Cyril Ramaphosa … welcoming the President to London": the United
 * Kingdom has no president).
 */
export function ownOfficers(g: Gazetteer, kb: KnowledgeIndex, text: string, mentions: PersonMention[], country: string, published: string | null): void {
  const titles = new Set<string>();
  for (const o of kb.officialsOf(country)) for (const t of o.terms) if (!published || covers(t, published)) titles.add(t.office.toLowerCase());
  for (const m of mentions) {
    if (m.kind !== 'nominal' || m.name || m.country || m.plural || !m.office || m.former || !m.officeText) continue;
    // ("PM called on the President", "EAM met …": a release's capitals stand for the title, with no article.)
    const abbreviation = /^\p{Lu}{2,4}$/u.test(m.officeText);
    if (!titles.has((abbreviation ? m.office.title : m.officeText).toLowerCase())) continue;
    if (!abbreviation && !/\bthe\s*$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && !/^the\b/i.test(text.slice(m.start, m.end))) continue;
    m.country = country;
    // "Foreign Secretary" of the United Kingdom is its foreign minister, not a career official elsewhere.
    const own = pickOffice(g.offices.get(m.officeText) ?? [], country);
    if (own) m.office = own;
  }
}

/** Offices an organisation's head holds: whose "the Secretary-General" is depends on the organisation. */
const ORG_HEAD_OFFICES = new Set(['secretary_general']);

/**
 * "The Secretary-General met today with H.E. Mr. Yoon Suk Yeol": a bare head of an organisation's secretariat is the
 * head of the one organisation the story names that has such an office, or, where it names none, of the United
 * Nations (whose own readouts never write "UN"). The knowledge then names the holder at the exchange's date.
 */
export function orgHeads(g: Gazetteer, kb: KnowledgeIndex, text: string, mentions: PersonMention[], published: string | null): void {
  const bare = mentions.filter(
    (m) => m.kind === 'nominal' && !m.name && !m.country && !m.plural && !m.former && !!m.office && ORG_HEAD_OFFICES.has(m.office.id) && /\bthe\s*$/i.test(text.slice(Math.max(0, m.start - 5), m.start)),
  );
  if (!bare.length) return;
  const holds = (code: string, office: string) => kb.officialsOf(code).some((o) => o.terms.some((t) => t.office_id === office && (!published || covers(t, published))));
  const ws = words(text, 0);
  const named = new Set<string>();
  for (const h of g.countries.scan(ws, (a, b) => ws[a].cap && ws[b - 1].cap)) if (h.values[0].isOrganisation) named.add(h.values[0].code);
  for (const m of bare) {
    const office = m.office!.id;
    const orgs = [...named].filter((c) => holds(c, office));
    const org = orgs.length === 1 ? orgs[0] : !named.size && holds('UNO', office) ? 'UNO' : null;
    if (org) m.country = org;
  }
}
