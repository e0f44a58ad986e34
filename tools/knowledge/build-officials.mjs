#!/usr/bin/env node
// Builds knowledge/officials.jsonl from three sources, each entry saying where it came from:
//   historian — US Presidents' term dates (travels/presidents/presidents.xml) and the names the
//               Historian's travels files use for Presidents and Secretaries of State;
//   phoenix   — the Phoenix/CountryInfo actor dictionary: aliases for people it knows, and a
//               check that each curated term overlaps a dated government role it records;
//   curated   — tools/knowledge/curated/*.txt, written by hand (format in knowledge/README.md).
// Run by hand; the output is committed:   node tools/knowledge/build-officials.mjs [anchors-dir]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Arguments: [ANCHORS_DIR] [--out FILE] (--out lets a test rebuild into a scratch file and compare).
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, 'knowledge', 'officials.jsonl');
const anchors = args[0] ?? join(root, '..', 'shared', 'data', 'anchors');
const curatedDir = join(root, 'tools', 'knowledge', 'curated');
const warnings = [];
const warn = (m) => warnings.push(m);

const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const slug = (s) =>
  norm(asciiFold(s) ?? s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Countries whose names are written family name first: the bare surname is the first word.
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'KHM', 'HKG', 'MAC']);
const PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'di',
  'du',
]);

/** The surname a text uses alone: last word with its particles ("von der Leyen"), or first word for FAMILY_FIRST. */
const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV']);
function surname(name, country) {
  const words = name.split(' ');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  if (words.length < 2) return null;
  if (FAMILY_FIRST.has(country)) return words[0];
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1].toLowerCase())) i--;
  return words.slice(i).join(' ');
}

/** Letters that accent-stripping leaves alone (Turkish ı, Polish ł …), written as English texts do. */
const FOLD = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae' };
function asciiFold(s) {
  const out = s.replace(/[ıİłŁøØđĐßæ]/g, (c) => FOLD[c]);
  return out === s ? null : out;
}

// ---------- curated ----------
/** @type {Map<string, any>} key country|norm(name) */
const people = new Map();
function person(country, name) {
  const key = `${country}|${norm(name)}`;
  if (!people.has(key))
    people.set(key, {
      id: null,
      name,
      aliases: [],
      country,
      terms: [],
      sources: new Set(),
      ambiguous_aliases: [],
      flags: new Set(),
    });
  return people.get(key);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
// Offices of international organisations carry the organisation in term.org as well (types.ts Term.org).
const ORGS = new Set(
  JSON.parse(readFileSync(join(root, 'knowledge', 'countries.json'), 'utf8')).organisations.map(
    (o) => o.code,
  ),
);
const presidents = readPresidents();
for (const file of readdirSync(curatedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  let country = null;
  let office = null;
  readFileSync(join(curatedDir, file), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const at = `${file}:${i + 1}`;
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (!line || line.startsWith('#')) return;
      if (line.startsWith('@')) return void (country = line.slice(1).trim());
      if (line.startsWith('=')) {
        const [id, title, ...opts] = line
          .slice(1)
          .split('|')
          .map((s) => s.trim());
        office = { id, title, opts: Object.fromEntries(opts.map((o) => o.split('='))) };
        return;
      }
      if (!country || !office) throw new Error(`${at}: person line before @COUNTRY and = office`);
      const [name, start0, end0, aliasText = '', flagText = ''] = line.split('|').map((s) => s.trim());
      const flags = new Set(flagText.split(/\s+/).filter(Boolean));
      let start = start0;
      let end = end0 === '-' ? null : end0;
      let source = 'curated';
      const hist = [...flags].find((f) => f.startsWith('hist='));
      if (hist) {
        // Dates from the Historian's presidents.xml (the n-th listed term of that id).
        const [hid, nth = '1'] = hist.slice(5).split('#');
        const terms = presidents.filter((p) => p.id === hid);
        const t = terms[Number(nth) - 1];
        if (!t) throw new Error(`${at}: no Historian president "${hid}" term ${nth}`);
        start = t.start;
        end = t.end;
        source = 'historian';
      }
      if (!DATE.test(start) || (end !== null && !DATE.test(end)))
        throw new Error(`${at}: bad dates ${start} ${end}`);
      const p = person(country, name);
      for (const f of flags) p.flags.add(f);
      p.sources.add(source);
      for (const a of aliasText
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (a.startsWith('?')) {
          // "?Wang": an alias the curator knows is shared by people in office at once.
          p.aliases.push(a.slice(1));
          p.ambiguous_aliases.push(a.slice(1));
        } else p.aliases.push(a);
      }
      const term = { office: office.opts.title_override ?? office.title, office_id: office.id, start, end };
      const rank = [...flags].find((f) => f.startsWith('rank='))?.slice(5) ?? office.opts.rank;
      if (rank) term.rank = Number(rank);
      const org = office.opts.org ?? (ORGS.has(country) ? country : undefined);
      if (org) term.org = org;
      const title = [...flags].find((f) => f.startsWith('title='));
      if (title) term.office = title.slice(6).replace(/_/g, ' ');
      p.terms.push(term);
    });
}

// ---------- historian ----------
function readPresidents() {
  const xml = readFileSync(
    join(anchors, 'state-dept-historian', 'travels', 'presidents', 'presidents.xml'),
    'utf8',
  );
  return [...xml.matchAll(/<president [^>]*>([\s\S]*?)<\/president>/g)].map((m) => {
    const get = (t) => /<(\S+?)>([^<]*)<\//.exec(m[1].slice(m[1].indexOf(`<${t}`)))?.[2] ?? null;
    const stillIn = /<left-office-date still-in-office="true"\s*\/>/.test(m[1]);
    return {
      id: get('id'),
      name: get('name'),
      start: get('took-office-date'),
      end: stillIn ? null : get('left-office-date'),
    };
  });
}

// Names the travels files use become aliases, so a trip matches its traveller by name.
const travels = join(anchors, 'state-dept-historian', 'travels');
for (const [dir, officeId] of [
  ['president-travels', 'head_of_state'],
  ['secretary-travels', 'us_secretary_of_state'],
]) {
  for (const f of readdirSync(join(travels, dir))) {
    const xml = readFileSync(join(travels, dir, f), 'utf8');
    const name = /<name>([^<]*)<\/name>/.exec(xml)?.[1]?.trim();
    const last = [...xml.matchAll(/<end-date>([^<]*)</g)]
      .map((m) => m[1])
      .sort()
      .pop();
    if (!name || !last || last < '2000') continue;
    const who = f.replace(/\.xml$/, '');
    const match = [...people.values()].find((p) => p.country === 'USA' && p.flags.has(`who=${who}`));
    if (!match) {
      warn(`historian: no curated USA official flagged who=${who} (${name})`);
      continue;
    }
    if (!match.terms.some((t) => t.office_id === officeId))
      warn(`historian: ${name} has no ${officeId} term`);
    if (norm(name) !== norm(match.name)) match.aliases.push(name);
    match.sources.add('historian');
  }
}

// ---------- phoenix ----------
const TITLE_WORDS = new Set(
  'MR MR. MRS MS PRESIDENT PRESIDENT-ELECT PRIME MINISTER SENATOR KING QUEEN PRINCE EMIR SHEIKH SHEIKHA DR DR. GENERAL GEN GEN. ADMINISTRATION THE CHANCELLOR SECRETARY FOREIGN US U.S. AMERICAN UNITED STATES GOVERNMENT SULTAN PREMIER LEADER VICE CROWN DEFENSE DEFENCE FINANCE STATE OF KANZLER BUNDESKANZLER AYATOLLAH MINISTER'.split(
    ' ',
  ),
);
function readPhoenix(file) {
  const out = new Map();
  if (!existsSync(file)) return out;
  let cur = null;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    const role = /^\s*\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]/.exec(line);
    if (role && cur) {
      cur.roles.push({ country: role[1], sector: role[2], ...phoenixRange(role[3].trim()) });
      continue;
    }
    const m = /^(\+?)([^\s\[]+)/.exec(line);
    if (!m) continue;
    const words = m[2].replace(/_+$/, '').split('_').filter(Boolean);
    if (!m[1]) cur = { names: [], roles: [] };
    if (!cur) continue;
    cur.names.push(words);
    // Every name of an entry finds it ("+ROBERT_GATES" under "ROBERT_M._GATES_").
    const key = norm(words.join(' '));
    if (!out.has(key)) out.set(key, []);
    if (!out.get(key).includes(cur)) out.get(key).push(cur);
  }
  return out;
}
const ymd = (s) =>
  (s.length === 8 ? s : `${Number(s.slice(0, 2)) <= 30 ? '20' : '19'}${s}`).replace(
    /^(\d{4})(\d{2})(\d{2})$/,
    '$1-$2-$3',
  );
function phoenixRange(s) {
  if (!s) return { start: null, end: null };
  if (s.startsWith('>')) return { start: ymd(s.slice(1)), end: null };
  if (s.startsWith('<')) return { start: null, end: ymd(s.slice(1)) };
  const [a, b] = s.split('-');
  return { start: ymd(a), end: b ? ymd(b) : null };
}
const phoenix = new Map();
for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt']) {
  for (const [k, v] of readPhoenix(join(anchors, 'petrarch2', f)))
    phoenix.set(k, [...(phoenix.get(k) ?? []), ...v]);
}
const title = (w) => w.charAt(0) + w.slice(1).toLowerCase();
const lo = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const overlaps = (a, b) =>
  lo(a.start ?? '0000') < (b.end ? lo(b.end) : '9999') &&
  lo(b.start ?? '0000') < (a.end ? lo(a.end) : '9999');

let phoenixMatched = 0;
for (const p of people.values()) {
  const entries = [p.name, ...p.aliases].flatMap((n) => phoenix.get(norm(n)) ?? []);
  // A Phoenix entry is this person when it records a government role of the same country during a term.
  const confirmed = entries.filter((e) =>
    e.roles.some(
      (r) =>
        (r.country === p.country || p.country.length > 3) &&
        /GOV|IGO/.test(r.sector + r.country) &&
        p.terms.some((t) => overlaps(r, t)),
    ),
  );
  if (!confirmed.length) continue;
  phoenixMatched++;
  p.sources.add('phoenix');
  for (const e of confirmed) {
    for (const words of e.names) {
      // Names only: no titles, no digits or stray dots (an initial is "A."), two words at least.
      const clean = words.every((w) => /^[A-Z][A-Z'\-]*$|^[A-Z]\.$/.test(w));
      if (words.some((w) => TITLE_WORDS.has(w)) || words.length < 2 || !clean) continue;
      p.aliases.push(
        words
          .map(title)
          .join(' ')
          .replace(/-([a-z])/g, (_, c) => `-${c}`),
      );
    }
  }
}

// One-word aliases that are also everyday words or place names ("May", "Key", "Fall", "Lagos"): kept as
// aliases, but marked ambiguous so a resolver uses them only after the document's fuller mention.
const WORD_SURNAMES = new Set(
  'may key english fall tax ban no bot day fast snow rice brown hunt fox hill cook bishop gates park moon song sang king young love hope green white black rich hall wood stone rose well major long little lagos jonathan martin howard nelson graham wade tan dar amin kan go he ma bo su lu mark slim slot pun ali chi yang mer store don will'.split(
    ' ',
  ),
);

// ---------- phoenix sections: a cross-check of curated dates ----------
// The US block of the Phoenix dictionary is grouped under headers that name the office
// ("# U.S. Secretaries of State", "# US National Security Advisors"). Their dated government roles since 2000 are
// compared with the curated terms; disagreements of more than two months are printed for a human.
const SECTION_OFFICES = {
  'U.S. Presidents': 'head_of_state',
  'Vice Presidents of the United States': 'vice_president',
  'U.S. Secretaries of State': 'us_secretary_of_state',
  'United States Secretaries of Defense': 'us_secretary_of_defense',
  'US National Security Advisors': 'national_security_adviser',
  'US Trade Representative': 'us_trade_representative',
  // Other countries' headed lists run on into their whole cabinet without a closing header, so
  // only the US lists, each closed by the next header, are read as office lists.
};
let sectionChecked = 0;
{
  let office = null;
  let cur = null;
  const checkEntry = (e) => {
    if (!e || !office) return;
    for (const r of e.roles.filter(
      (x) => x.sector === 'GOV' && (x.end === null || x.end >= '2000-06') && x.start,
    )) {
      const p = [...people.values()].find(
        (q) =>
          q.country === r.country &&
          e.names.some((w) => [q.name, ...q.aliases].some((n) => norm(n) === norm(w.join(' ')))),
      );
      const label = `${e.names[0].join(' ')} (${r.country} ${office} ${r.start}–${r.end ?? 'open'})`;
      sectionChecked++;
      if (!p) {
        warn(`phoenix section lists ${label}; no curated official by that name`);
        continue;
      }
      const near = (a, b) => Math.abs(Date.parse(lo(a)) - Date.parse(lo(b))) <= 62 * 864e5;
      const ok = p.terms.some(
        (t) => t.office_id.includes(office.replace(/^us_/, '')) || t.office_id === office,
      )
        ? p.terms.some(
            (t) =>
              (t.office_id === office || t.office_id.endsWith(office)) &&
              (near(t.start, r.start) || r.start < '2000'),
          )
        : false;
      if (!ok) warn(`phoenix section: ${label} does not match a curated ${office} term of ${p.name}`);
    }
  };
  for (const raw of readFileSync(join(anchors, 'petrarch2', 'Phoenix.Countries.actors.txt'), 'utf8').split(
    '\n',
  )) {
    const header = /^#\s*(.+?)\s*$/.exec(raw);
    if (header) {
      if (header[1] in SECTION_OFFICES)
        (checkEntry(cur), (cur = null), (office = SECTION_OFFICES[header[1]]));
      else if (!raw.includes('CountryInfo')) (checkEntry(cur), (cur = null), (office = null));
      continue;
    }
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (/^[A-Z_]+\s+\[[A-Z]{3}\]/.test(line)) {
      (checkEntry(cur), (cur = null), (office = null));
      continue;
    }
    const role = /^\s*\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]/.exec(line);
    if (role) {
      if (cur)
        cur.roles.push({ country: role[1], sector: role[2] || 'GOV', ...phoenixRange(role[3].trim()) });
      continue;
    }
    const m = /^(\+?)([^\s\[]+)/.exec(line);
    if (!m) continue;
    const words = m[2].replace(/_+$/, '').split('_').filter(Boolean);
    if (!m[1]) (checkEntry(cur), (cur = { names: [words], roles: [] }));
    else if (cur) cur.names.push(words);
  }
  checkEntry(cur);
}

// ---------- assemble ----------
const out = [];
const usedIds = new Set();
let wordAmbiguous = 0;
for (const p of people.values()) {
  const aliases = [];
  const seen = new Set([norm(p.name)]);
  const add = (a) => {
    if (a && !seen.has(norm(a))) (seen.add(norm(a)), aliases.push(a));
  };
  p.aliases.forEach(add);
  const sur = p.flags.has('nosurname') ? null : surname(p.name, p.country);
  add(sur);
  // Japanese names appear in both orders ("Kishida Fumio" in Japanese outlets).
  if (p.country === 'JPN' && /^\S+ \S+$/.test(p.name)) add(p.name.split(' ').reverse().join(' '));
  // Gulf dynasties are written "Al Thani", "Al-Thani" and "al-Thani".
  for (const a of [p.name, ...aliases].filter((x) => / Al[ -][A-Z]/.test(x))) {
    add(a.replace(/ Al[ -]([A-Z])/g, ' al-$1'));
    add(a.replace(/ Al-([A-Z])/g, ' Al $1'));
  }
  // Arabic surnames lose their article in English news as often as not ("al-Bashir", "Bashir").
  if (sur && /^(al|el|Al|El)-\S/.test(sur)) add(sur.slice(3));
  for (const a of [p.name, ...aliases]) add(asciiFold(a));
  // Russian and Central Asian surnames are written with and without the "y" after a vowel ("Nazarbayev",
  // "Nazarbaev"; "Aliyev", "Aliev"; "Tokayeva", "Tokaeva").
  for (const a of [p.name, ...aliases].filter((x) => /[aeiou]y(?:ev|eva|evich|evna)\b/i.test(x))) add(a.replace(/([aeiou])y(ev|eva|evich|evna)\b/gi, '$1$2'));
  // Korean and Taiwanese given names are written "Jae-in", "Jae In" and "Jaein": the hyphen is a convention, not the name.
  if (p.country === 'KOR' || p.country === 'PRK' || p.country === 'TWN') {
    for (const a of [p.name, ...aliases].filter((x) => /\w-\w/.test(x))) {
      add(a.replace(/(\w)-(\w)/g, (_, x, y) => `${x} ${y.toUpperCase()}`));
      add(a.replace(/(\w)-(\w)/g, '$1$2'));
    }
  }
  for (const a of aliases) if (!a.includes(' ') && WORD_SURNAMES.has(norm(a))) p.ambiguous_aliases.push(a);
  let id = [...p.flags].find((f) => f.startsWith('id='))?.slice(3) ?? slug(p.name);
  if (usedIds.has(id)) id = `${id}-${p.country.toLowerCase()}`;
  usedIds.add(id);
  p.terms.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const o = { id, name: p.name, aliases, country: p.country, terms: p.terms, sources: [...p.sources].sort() };
  if (p.ambiguous_aliases.length) o.ambiguous_aliases = [...new Set(p.ambiguous_aliases)];
  wordAmbiguous += p.ambiguous_aliases.filter((a) => WORD_SURNAMES.has(norm(a))).length;
  out.push(o);
}

// Aliases of one word that name two officials in office at once are marked ambiguous on both
// (the resolver then needs the document's fuller mention); longer clashes are a curation error.
const byAlias = new Map();
for (const o of out)
  for (const a of new Set([o.name, ...o.aliases].map(norm))) byAlias.set(a, [...(byAlias.get(a) ?? []), o]);
let autoAmbiguous = 0;
for (const [alias, list] of byAlias) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      if (!a.terms.some((ta) => b.terms.some((tb) => overlaps(ta, tb)))) continue;
      const marks = (o) => (o.ambiguous_aliases ?? []).some((x) => norm(x) === alias);
      if (marks(a) && marks(b)) continue;
      if (alias.includes(' ')) {
        warn(`alias "${alias}" names ${a.id} and ${b.id} at once: make it distinct or mark it with ?`);
        continue;
      }
      for (const o of [a, b]) {
        const written = [o.name, ...o.aliases].find((x) => norm(x) === alias);
        o.ambiguous_aliases ??= [];
        if (!o.ambiguous_aliases.some((x) => norm(x) === alias))
          (o.ambiguous_aliases.push(written), autoAmbiguous++);
      }
    }
  }
}

// By country, then first term, then id: a stable order keeps rebuild diffs small.
const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
out.sort((a, b) => cmp(a.country, b.country) || cmp(a.terms[0].start, b.terms[0].start) || cmp(a.id, b.id));
writeFileSync(outFile, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
const terms = out.reduce((n, o) => n + o.terms.length, 0);
console.log(
  `knowledge/officials.jsonl: ${out.length} officials, ${new Set(out.map((o) => o.country)).size} countries/orgs, ${terms} terms; ${phoenixMatched} confirmed by Phoenix; ${autoAmbiguous} one-word aliases marked ambiguous for sharing, ${wordAmbiguous} for being common words; ${sectionChecked} Phoenix section roles compared`,
);
for (const w of warnings) console.warn(`warning: ${w}`);
