import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEvent, codeRule } from '../../src/pipeline/codes.js';
import type { CodeTable } from '../../src/knowledge/types.js';
import type { EventStatus, EventType, ExchangeEvent, Participant } from '../../src/types.js';
import { event } from '../record/fixtures.js';

const codes = (
  JSON.parse(readFileSync(new URL('../../knowledge/codes.json', import.meta.url), 'utf8')) as {
    codes: CodeTable;
  }
).codes;

const side = (country: string | null): Participant => ({ name: null, role: null, country, rank: null });

function ev(
  type: EventType,
  status: EventStatus,
  countries: Array<string | null>,
  host: string | null,
): ExchangeEvent {
  return event({ type, status, participants: countries.map(side), host_country: host });
}

describe('codeEvent follows the DESIGN.md Codes table', () => {
  it('visit, occurred → 042 CONSULT visit, Goldstein from the table', () => {
    expect(codeEvent(ev('visit', 'occurred', ['USA', 'CHN'], 'CHN'), { codes })).toEqual({
      cameo: '042',
      plover: { event: 'CONSULT', mode: 'visit' },
      goldstein: 1.9,
    });
  });

  it('meeting in the host country → 040, and 046 only when negotiation is stated', () => {
    const m = ev('meeting', 'occurred', ['USA', 'CHN'], 'CHN');
    expect(codeEvent(m, { codes })).toEqual({
      cameo: '040',
      plover: { event: 'CONSULT', mode: null },
      goldstein: 1,
    });
    expect(codeEvent(m, { codes, negotiation: true })).toEqual({
      cameo: '046',
      plover: { event: 'CONSULT', mode: null },
      goldstein: 7,
    });
    expect(codeEvent(m, { codes, negotiation: false }).cameo).toBe('040');
  });

  it('meeting in a third country → 044 third-party; multilateral with more than two countries', () => {
    expect(codeEvent(ev('meeting', 'occurred', ['USA', 'CHN'], 'IDN'), { codes })).toEqual({
      cameo: '044',
      plover: { event: 'CONSULT', mode: 'third-party' },
      goldstein: 2.5,
    });
    expect(codeEvent(ev('meeting', 'occurred', ['USA', 'CHN', 'JPN'], 'IDN')).plover).toEqual({
      event: 'CONSULT',
      mode: 'multilateral',
    });
    // Two people of one country do not make a third party.
    expect(codeEvent(ev('meeting', 'occurred', ['USA', 'USA', 'CHN'], 'IDN')).plover?.mode).toBe(
      'third-party',
    );
  });

  it('meeting at a summit in a party’s own country → 044 (the summit makes it third-party)', () => {
    const m = ev('meeting', 'occurred', ['USA', 'CHN'], 'USA');
    expect(codeEvent(m, { summit: true }).cameo).toBe('044');
    expect(codeEvent(m).cameo).toBe('040');
  });

  it('a meeting whose location is unknown is not a third-country meeting', () => {
    expect(codeEvent(ev('meeting', 'occurred', ['USA', 'CHN'], null)).cameo).toBe('040');
  });

  it('uses the location country when the host is not set', () => {
    const m = ev('meeting', 'occurred', ['USA', 'CHN'], null);
    m.location = { city: 'Bali', country: 'IDN' };
    expect(codeEvent(m).cameo).toBe('044');
  });

  it('phone and video calls → 041 CONSULT phone', () => {
    for (const t of ['phone_call', 'video_call'] as const) {
      expect(codeEvent(ev(t, 'occurred', ['USA', 'CHN'], null), { codes })).toEqual({
        cameo: '041',
        plover: { event: 'CONSULT', mode: 'phone' },
        goldstein: 1,
      });
    }
  });

  it('handshake → 044 third-party; message → 040', () => {
    expect(codeEvent(ev('handshake', 'occurred', ['USA', 'CHN'], 'CHN')).cameo).toBe('044');
    expect(codeEvent(ev('handshake', 'occurred', ['USA', 'CHN'], 'CHN')).plover).toEqual({
      event: 'CONSULT',
      mode: 'third-party',
    });
    expect(codeEvent(ev('message', 'occurred', ['USA', 'CHN'], null)).cameo).toBe('040');
    expect(codeEvent(ev('message', 'occurred', ['USA', 'CHN'], null)).plover).toEqual({
      event: 'CONSULT',
      mode: null,
    });
  });

  it('planned (any type) → 036 AGREE, whatever the type', () => {
    for (const t of ['visit', 'meeting', 'phone_call', 'message'] as const) {
      expect(codeEvent(ev(t, 'planned', ['USA', 'CHN'], 'CHN'), { codes })).toEqual({
        cameo: '036',
        plover: { event: 'AGREE', mode: null },
        goldstein: 4,
      });
    }
  });

  it('declined → 125 REJECT meet, negative Goldstein', () => {
    expect(codeEvent(ev('visit', 'declined', ['USA', 'CHN'], 'CHN'), { codes })).toEqual({
      cameo: '125',
      plover: { event: 'REJECT', mode: 'meet' },
      goldstein: -5,
    });
  });

  it('postponed and cancelled → no code, unless given as a protest', () => {
    for (const s of ['postponed', 'cancelled'] as const) {
      expect(codeEvent(ev('visit', s, ['USA', 'CHN'], 'CHN'), { codes })).toEqual({
        cameo: null,
        plover: null,
        goldstein: null,
      });
      expect(codeEvent(ev('visit', s, ['USA', 'CHN'], 'CHN'), { protest: true }).plover).toEqual({
        event: 'SANCTION',
        mode: 'withdraw',
      });
    }
  });

  it('without a code table the Goldstein score is null, not invented', () => {
    expect(codeEvent(ev('visit', 'occurred', ['USA', 'CHN'], 'CHN')).goldstein).toBeNull();
  });

  it('every rule names a code whose PLOVER event in CAMEO2PLOVER agrees with the rule', () => {
    const samples: ExchangeEvent[] = [
      ev('visit', 'occurred', ['USA', 'CHN'], 'CHN'),
      ev('meeting', 'occurred', ['USA', 'CHN'], 'CHN'),
      ev('meeting', 'occurred', ['USA', 'CHN'], 'IDN'),
      ev('phone_call', 'occurred', ['USA', 'CHN'], null),
      ev('visit', 'planned', ['USA', 'CHN'], 'CHN'),
      ev('visit', 'declined', ['USA', 'CHN'], 'CHN'),
    ];
    for (const e of samples) {
      const c = codeEvent(e, { codes });
      expect(codes[c.cameo as string]?.plover?.event, `${e.type}/${e.status}`).toBe(c.plover?.event);
      expect(codeRule(e)?.reason).toBeTruthy();
    }
  });
});

describe('knowledge/codes.json', () => {
  it('holds the consult family with Goldstein scores from the anchors', () => {
    for (const code of ['036', '040', '041', '042', '043', '044', '046', '125', '161']) {
      expect(typeof codes[code]?.goldstein, code).toBe('number');
    }
    expect(codes['043']?.plover).toEqual({ event: 'CONSULT', mode: 'visit', context: null });
    expect(codes['999']).toBeUndefined();
  });
});
