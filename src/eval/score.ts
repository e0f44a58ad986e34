// Pure: scores extracted events against a gold file with the matching rules of
// ../shared/tools/score-events (kept in step with it, so `readout eval` and the scorer agree):
// core = participants agree; strict = core and type, status and date agree; greedy one-to-one
// pairing per article, best pairs first; optional gold events (implicit/aggregate/minor) neither
// required nor wrong.

export interface GoldEvent {
  article: string;
  id?: string;
  type?: string;
  alt_types?: string[];
  status?: string;
  date?: string | null;
  date_as_written?: string | null;
  participants?: Array<Record<string, unknown>>;
  location?: { city?: string | null } | null;
  host_country?: string | null;
  implicit?: boolean;
  aggregate?: boolean;
  minor?: boolean;
  [k: string]: unknown;
}

export type PredEvent = GoldEvent;

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'premier', 'minister']);

export function nameTokens(name: unknown, drop: Set<string> = HONORIFICS): Set<string> {
  const s = String(name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return new Set(s.split(/[^a-z0-9]+/).filter((t) => t && !drop.has(t)));
}

const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

export function samePerson(a: unknown, b: unknown): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  return ta.size > 0 && tb.size > 0 && (isSubset(ta, tb) || isSubset(tb, ta));
}

type GoldPart = { forms: string[]; country: unknown };

function goldParts(ev: GoldEvent): GoldPart[] {
  const out: GoldPart[] = [];
  for (const p of ev.participants ?? []) {
    if (!p || typeof p !== 'object') continue;
    const forms = [p.name, p.canonical_name, p.name_as_written, ...((p.aliases as unknown[]) ?? [])].filter(
      (n): n is string => typeof n === 'string' && n.length > 0,
    );
    if (forms.length || p.country) out.push({ forms, country: p.country });
  }
  return out;
}

function partOk(g: GoldPart, p: Record<string, unknown>): boolean {
  if (g.forms.length) return g.forms.some((f) => samePerson(f, p.name ?? ''));
  return p.country === g.country;
}

function partHits(gp: GoldPart[], pp: Array<Record<string, unknown>>): number {
  const used = new Set<number>();
  let hits = 0;
  // Named participants first (a stable sort, as Python's sorted()).
  const order = gp.map((g, i) => ({ g, i })).sort((a, b) => Number(!a.g.forms.length) - Number(!b.g.forms.length) || a.i - b.i);
  for (const { g } of order) {
    for (let j = 0; j < pp.length; j++) {
      if (!used.has(j) && partOk(g, pp[j])) {
        used.add(j);
        hits++;
        break;
      }
    }
  }
  return hits;
}

export function core(gold: GoldEvent, pred: PredEvent): { ok: boolean; hits: number } {
  const gp = goldParts(gold);
  const pp = (pred.participants ?? []).filter((p) => p && typeof p === 'object');
  const need = Math.min(2, gp.length);
  const hits = partHits(gp, pp);
  return { ok: need > 0 && hits >= need, hits };
}

export function dateOk(gold: GoldEvent, pred: PredEvent): boolean {
  const pd = pred.date;
  if (typeof pd !== 'string') return gold.date === null || gold.date === undefined;
  for (const gd of [gold.date, gold.date_as_written]) {
    if (typeof gd === 'string' && pd.slice(0, gd.length) === gd && pd.length >= gd.length) return true;
  }
  return false;
}

const TYPE_ALIASES: Record<string, string> = { talks: 'meeting', summit_meeting: 'meeting' };
const canonType = (t: unknown) => TYPE_ALIASES[String(t)] ?? t;

export function typeOk(gold: GoldEvent, pred: PredEvent): boolean {
  const allowed = new Set([gold.type, ...(gold.alt_types ?? [])].map(canonType));
  return allowed.has(canonType(pred.type));
}

const optional = (e: GoldEvent) => !!(e.implicit || e.aggregate || e.minor);
const statusOf = (e: GoldEvent) => e.status ?? 'occurred';
const statusClass = (e: GoldEvent) => (statusOf(e) === 'occurred' ? 'occurred' : 'other');

export function strict(gold: GoldEvent, pred: PredEvent): boolean {
  return core(gold, pred).ok && typeOk(gold, pred) && statusOf(gold) === statusOf(pred) && dateOk(gold, pred);
}

function pair(golds: GoldEvent[], preds: PredEvent[], ok: (g: GoldEvent, p: PredEvent) => boolean): Array<[GoldEvent, PredEvent]> {
  const cands: Array<[number, number, number, number]> = [];
  golds.forEach((g, i) =>
    preds.forEach((p, j) => {
      if (ok(g, p)) cands.push([-core(g, p).hits, -Number(strict(g, p)), i, j]);
    }),
  );
  cands.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: Array<[GoldEvent, PredEvent]> = [];
  for (const [, , i, j] of cands) {
    if (!ug.has(i) && !up.has(j)) {
      ug.add(i);
      up.add(j);
      out.push([golds[i], preds[j]]);
    }
  }
  return out;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface ScoreReport {
  status: string;
  gold: number;
  predicted: number;
  core: Prf;
  strict: Prf;
  attributes: Record<string, { accuracy: number | null; over: number }>;
  missed: string[];
  spurious: string[];
  // One line per wrong attribute of a core-matched pair, so a class of error can be counted.
  mismatches: Mismatch[];
}

export interface Mismatch {
  article: string;
  gold: string;
  field: string;
  want: unknown;
  got: unknown;
}

function prf(tp: number, np: number, ng: number): Prf {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round(p), r: round(r), f1: round(f1) };
}

// Python's round(x, 3), which score-events uses, sends an exact half to the even neighbour (0.8125 → 0.812).
const round = (x: number) => {
  const y = x * 1000;
  const f = Math.floor(y);
  if (y - f === 0.5) return (f % 2 === 0 ? f : f + 1) / 1000;
  return Math.round(y) / 1000;
};
const names = (e: GoldEvent) => (e.participants ?? []).map((p) => (p && typeof p === 'object' ? String(p.name ?? '') : ''));

export function score(goldAll: GoldEvent[], predAll: PredEvent[], which: 'occurred' | 'other' | 'all' = 'occurred'): ScoreReport {
  const articles = [...new Set(goldAll.map((g) => g.article))].sort();
  const preds = predAll.map((p) => (articles.length === 1 && p.article === undefined ? { ...p, article: articles[0] } : p));
  const keep = (e: GoldEvent) => which === 'all' || statusClass(e) === which;
  const gold = goldAll.filter(keep);
  const pred = preds.filter((p) => keep(p) && articles.includes(p.article));
  let nGold = gold.filter((g) => !optional(g)).length;
  let nPred = pred.length;
  let nCore = 0;
  let nStrict = 0;
  const attr: Record<string, [number, number]> = {};
  for (const k of ['type', 'date', 'date_precision', 'status', 'city', 'host_country', 'countries', 'roles']) attr[k] = [0, 0];
  const bump = (k: string, ok: unknown) => {
    attr[k][0] += ok ? 1 : 0;
    attr[k][1] += 1;
  };
  const missed: string[] = [];
  const spurious: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const a of articles) {
    const ga = gold.filter((g) => g.article === a && !optional(g));
    const go = gold.filter((g) => g.article === a && optional(g));
    const pa = pred.filter((p) => p.article === a);
    const cp = pair(ga, pa, (g, p) => core(g, p).ok);
    const sp = pair(ga, pa, strict);
    nCore += cp.length;
    nStrict += sp.length;
    const used = new Set([...cp.map(([, p]) => p), ...sp.map(([, p]) => p)]);
    let rest = pa.filter((p) => !used.has(p));
    if (go.length) {
      const opt = pair(go, rest, (g, p) => core(g, p).ok);
      nPred -= opt.length;
      const optPreds = new Set(opt.map(([, p]) => p));
      rest = rest.filter((p) => !optPreds.has(p));
    }
    const matched = new Set(sp.map(([g]) => g));
    for (const g of ga) if (!matched.has(g)) missed.push(`${a} ${g.id ?? '?'} ${g.type} ${g.date} ${names(g).join(', ')}`);
    const strictPreds = new Set(sp.map(([, p]) => p));
    for (const p of pa) if (!strictPreds.has(p) && rest.includes(p)) spurious.push(`${a} ${p.type} ${p.status} ${p.date} ${names(p).join(', ')}`);
    for (const [g, p] of cp) {
      const wrong = (field: string, want: unknown, got: unknown) => mismatches.push({ article: a, gold: String(g.id ?? '?'), field, want, got });
      const check = (k: string, ok: unknown, want: unknown, got: unknown) => {
        bump(k, ok);
        if (!ok) wrong(k, want, got);
      };
      check('type', typeOk(g, p), g.type, p.type);
      check('date', dateOk(g, p), g.date, p.date);
      if (typeof g.date === 'string') check('date_precision', typeof p.date === 'string' && p.date.length === g.date.length, g.date, p.date ?? null);
      check('status', statusOf(g) === statusOf(p), statusOf(g), statusOf(p));
      const gc = g.location?.city;
      if (gc) {
        const pc = nameTokens((p.location as { city?: string } | null)?.city ?? '', new Set());
        const gt = nameTokens(gc, new Set());
        check('city', pc.size > 0 && (isSubset(pc, gt) || isSubset(gt, pc)), gc, (p.location as { city?: string } | null)?.city ?? null);
      }
      if (g.host_country) check('host_country', p.host_country === g.host_country, g.host_country, p.host_country ?? null);
      for (const gpRaw of g.participants ?? []) {
        const gp = gpRaw as Record<string, unknown>;
        if (!gp.name) continue;
        const forms = [gp.name, gp.canonical_name, gp.name_as_written].filter(Boolean);
        const pp = (p.participants ?? []).find((x) => forms.some((f) => samePerson(f, (x as Record<string, unknown>).name ?? '')));
        if (pp) {
          check('countries', pp.country === gp.country, `${String(gp.name)} ${String(gp.country)}`, pp.country);
          if (gp.role) {
            const gr = nameTokens(gp.role, new Set());
            const pr = nameTokens(pp.role ?? '', new Set());
            const shared = [...gr].filter((x) => pr.has(x)).length;
            check('roles', pr.size > 0 && (isSubset(pr, gr) || isSubset(gr, pr) || shared >= 2), gp.role, pp.role ?? null);
          }
        }
      }
    }
  }
  const attributes: ScoreReport['attributes'] = {};
  for (const [k, [ok, n]] of Object.entries(attr)) attributes[k] = { accuracy: n ? round(ok / n) : null, over: n };
  nGold = Math.max(nGold, 0);
  return { status: which, gold: nGold, predicted: nPred, core: prf(nCore, nPred, nGold), strict: prf(nStrict, nPred, nGold), attributes, missed, spurious, mismatches };
}
