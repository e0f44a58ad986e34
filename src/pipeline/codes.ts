// Pure: the CAMEO code, PLOVER event/mode and Goldstein score of an exchange, following the
// "Codes" table in DESIGN.md. The rules are data, tried in order; the first that applies wins and
// carries its reason. Goldstein scores come from the code table (knowledge/codes.json) passed in,
// so this file reads nothing itself.
import type { CodeTable } from '../knowledge/types.js';
import type { ExchangeEvent, PloverCode } from '../types.js';

export interface CodeContext {
  /** The text states the meeting was a negotiation ("negotiated", "negotiations") → 046. */
  negotiation?: boolean;
  /** The meeting took place at a summit (G20, APEC …) → 044 even in the host's country. */
  summit?: boolean;
  /** A postponement or cancellation the text gives as a protest or sanction → 161. */
  protest?: boolean;
  /** CAMEO table for Goldstein scores; without it `goldstein` is null. */
  codes?: CodeTable;
}

export interface EventCodes {
  cameo: string | null;
  plover: PloverCode | null;
  goldstein: number | null;
}

interface CodeRule {
  reason: string;
  applies: (e: ExchangeEvent, ctx: CodeContext) => boolean;
  cameo: string;
  plover: (e: ExchangeEvent) => PloverCode;
}

/** Distinct countries (and organisations) among the named sides. */
function partyCountries(e: ExchangeEvent): Set<string> {
  return new Set(e.participants.map((p) => p.country).filter((c): c is string => !!c));
}

/** Held where none of the parties is at home: the host (or the location's country) is not a party. */
function inThirdCountry(e: ExchangeEvent): boolean {
  const host = e.host_country ?? e.location?.country ?? null;
  return host !== null && !partyCountries(e).has(host);
}

const consult = (mode: string | null) => (): PloverCode => ({ event: 'CONSULT', mode });
const isOccurred = (e: ExchangeEvent) => e.status === 'occurred';

export const CODE_RULES: readonly CodeRule[] = [
  {
    reason: 'a planned exchange is an intent to meet',
    applies: (e) => e.status === 'planned',
    cameo: '036',
    plover: () => ({ event: 'AGREE', mode: null }),
  },
  {
    reason: 'a declined exchange rejects a proposal to meet',
    applies: (e) => e.status === 'declined',
    cameo: '125',
    plover: () => ({ event: 'REJECT', mode: 'meet' }),
  },
  {
    reason: 'a postponement or cancellation given as a protest reduces relations',
    applies: (e, ctx) => (e.status === 'postponed' || e.status === 'cancelled') && !!ctx.protest,
    cameo: '161',
    plover: () => ({ event: 'SANCTION', mode: 'withdraw' }),
  },
  {
    reason: 'a visit is coded for the visitor’s side (042)',
    applies: (e) => isOccurred(e) && e.type === 'visit',
    cameo: '042',
    plover: consult('visit'),
  },
  {
    reason: 'calls are discussions by telephone',
    applies: (e) => isOccurred(e) && (e.type === 'phone_call' || e.type === 'video_call'),
    cameo: '041',
    plover: consult('phone'),
  },
  {
    reason: 'a handshake is an encounter at a third location',
    applies: (e) => isOccurred(e) && e.type === 'handshake',
    cameo: '044',
    plover: consult('third-party'),
  },
  {
    reason: 'messages are consultation',
    applies: (e) => isOccurred(e) && e.type === 'message',
    cameo: '040',
    plover: consult(null),
  },
  {
    reason: 'a meeting in a third country or at a summit',
    applies: (e, ctx) => isOccurred(e) && e.type === 'meeting' && (!!ctx.summit || inThirdCountry(e)),
    cameo: '044',
    plover: (e) => ({ event: 'CONSULT', mode: partyCountries(e).size > 2 ? 'multilateral' : 'third-party' }),
  },
  {
    reason: 'a meeting stated as a negotiation',
    applies: (e, ctx) => isOccurred(e) && e.type === 'meeting' && !!ctx.negotiation,
    cameo: '046',
    plover: consult(null),
  },
  {
    reason: 'a meeting in a party’s country',
    applies: (e) => isOccurred(e) && e.type === 'meeting',
    cameo: '040',
    plover: consult(null),
  },
];

/** The rule that codes this event, or undefined (postponed and cancelled exchanges get no code). */
export function codeRule(event: ExchangeEvent, ctx: CodeContext = {}): CodeRule | undefined {
  return CODE_RULES.find((r) => r.applies(event, ctx));
}

export function codeEvent(event: ExchangeEvent, ctx: CodeContext = {}): EventCodes {
  const rule = codeRule(event, ctx);
  if (!rule) return { cameo: null, plover: null, goldstein: null };
  return {
    cameo: rule.cameo,
    plover: rule.plover(event),
    goldstein: ctx.codes?.[rule.cameo]?.goldstein ?? null,
  };
}
