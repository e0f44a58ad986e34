// "The first top American diplomat to visit China in five years": finds the visit the claim is
// about, the previous visit by a holder of that office (or rank), and judges the stated period.
import { firstInYears } from '../first.js';
import { covered, describeReach, reachBack } from '../coverage.js';
import { endOf, eventDate, startOf } from '../dates.js';
import { resolveAnchor } from './anchors.js';
import type { ExchangeEvent } from '../../types.js';
import { allEvents, cite, isOfficial, nearbyEvents, officialsNamed } from './evidence.js';
import { NUMBER_WORD, numberWord, sentences, span } from './text.js';
import type { ClaimFinder, Finding } from './types.js';
import { readWho } from './who.js';

const PLACE = String.raw`(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`;
// "in five years", "in more than a decade", or "since 2018" / "since Biden took office".
const PERIOD = String.raw`(?:(?:in|for)\s+(?:(more than|over|nearly|almost|about|some|around)\s+)?(?:(${NUMBER_WORD})\s+)?(years?|decades?)|since\s+([^,.;—–]{3,80}))`;
// Shape A: "the first <who> to visit <place> in <N> years"; shape B: "the first visit to <place> by <who> in <N> years".
const SHAPES: Array<{
  re: RegExp;
  who: number;
  place: number;
  qual: number;
  n: number;
  unit: number;
  since: number;
}> = [
  {
    re: new RegExp(
      String.raw`\bfirst\s+([\w\s.'’-]{2,60}?)\s+(?:to\s+(?:visit|travel\s+to|set\s+foot\s+in|go\s+to|tour)|to\s+be\s+received\s+in)\s+(${PLACE})\s+${PERIOD}`,
      'g',
    ),
    who: 1,
    place: 2,
    qual: 3,
    n: 4,
    unit: 5,
    since: 6,
  },
  {
    re: new RegExp(
      String.raw`\bfirst\s+(?:official\s+|state\s+)?(?:visit|trip)\s+to\s+(${PLACE})\s+by\s+([\w\s.'’-]{2,60}?)\s+${PERIOD}`,
      'g',
    ),
    place: 1,
    who: 2,
    qual: 3,
    n: 4,
    unit: 5,
    since: 6,
  },
];

export const firstInPeriod: ClaimFinder = {
  kind: 'first_in_period',
  reason: 'a visit said to be the first of its kind in a stated number of years',
  find(ctx) {
    const out: Finding[] = [];
    const text = ctx.article.text;
    for (const s of sentences(text)) {
      for (const shape of SHAPES) {
        shape.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = shape.re.exec(s.text))) {
          const f = judge(m, shape, s);
          if (f) out.push(f);
        }
      }
    }
    return out;

    function judge(
      m: RegExpExecArray,
      shape: (typeof SHAPES)[number],
      s: ReturnType<typeof sentences>[number],
    ): Finding | null {
      const claim = span(text, s.start + m.index, s.start + m.index + m[0].length);
      const host = ctx.kb.resolveCountry(m[shape.place].replace(/^the\s+/i, ''));
      if (!host) return null;
      const who = readWho(ctx.kb, m[shape.who]);
      const named = officialsNamed(ctx, s.text.slice(0, m.index));
      const fits = (e: ExchangeEvent) =>
        e.type === 'visit' &&
        e.host_country === host &&
        e.status === 'occurred' &&
        (!who.country || e.participants.some((p) => p.country === who.country)) &&
        // The visit must be by a holder of the office named (or by someone whose office is not known).
        (!who.holds || e.participants.some((p) => p.country !== host && (p.role === null || who.holds!(p))));
      const near = nearbyEvents(ctx, s, fits);
      const subject =
        near.find((e) => named.some((o) => e.participants.some((p) => isOfficial(p, o)))) ?? near[0] ?? null;
      const visitor = who.country ?? subject?.participants.find((p) => p.country !== host)?.country ?? null;
      if (!subject || !eventDate(subject)) {
        return {
          claim,
          kind: 'first_in_period',
          verdict: 'unverifiable',
          because: [],
          explanation: `The visit this claim is about was not found in the article, so the previous one cannot be dated.`,
        };
      }
      if (m[shape.since]) return sinceAnchor(claim, m[shape.since], subject, host, visitor, who);
      const unit = m[shape.unit].toLowerCase();
      const n = (m[shape.n] ? numberWord(m[shape.n]) : 1) ?? null;
      if (n === null) return null;
      const years = unit.startsWith('decade') ? n * 10 : n;
      const qualifier = m[shape.qual]?.toLowerCase() ?? null;
      const ans = firstInYears(allEvents(ctx), ctx.coverage, {
        host,
        visitor,
        holds: who.holds ?? undefined,
        office: who.office,
        maxRank: who.rank,
        years,
        subject,
      });
      const r = ans.answer!;
      let holds = r.holds;
      // "More than N years" asks only that the gap reach N; "nearly N" that it fall short of N but round to it.
      if (r.gap && ans.status === 'answered' && qualifier) {
        const exact = r.gap.years + r.gap.months / 12 + r.gap.days / 365;
        if (qualifier === 'more than' || qualifier === 'over') holds = exact >= years;
        else if (qualifier === 'nearly' || qualifier === 'almost')
          holds = exact < years && r.rounded_years === years;
      }
      const verdict = holds === true ? 'supported' : holds === false ? 'contradicted' : 'unverifiable';
      const wanted = `${qualifier ? `${qualifier} ` : ''}${years} year${years === 1 ? '' : 's'}`;
      return {
        claim,
        kind: 'first_in_period',
        verdict,
        because: ans.because.map(cite),
        explanation: `Claim: none in ${wanted}. ${ans.explanation}`,
      };
    }

    /** "The first <who> to visit <place> since 2018": no such visit after the anchor's period. */
    function sinceAnchor(
      claim: Finding['claim'],
      phrase: string,
      subject: ExchangeEvent,
      host: string,
      visitor: string | null,
      who: ReturnType<typeof readWho>,
    ): Finding {
      const at = startOf(eventDate(subject)!);
      const anchor = resolveAnchor(`since ${phrase}`, ctx.kb, at);
      const base = { claim, kind: 'first_in_period' };
      if (!anchor) {
        return {
          ...base,
          verdict: 'unverifiable',
          because: [cite(subject)],
          explanation: `The start of the period ("since ${phrase.trim()}") is not a date Readout knows.`,
        };
      }
      // "Since 2018" allows a visit in 2018: only visits after the anchor's period count against it.
      const after = endOf(anchor.date);
      const ans = firstInYears(allEvents(ctx), ctx.coverage, {
        host,
        visitor,
        holds: who.holds ?? undefined,
        office: who.office,
        maxRank: who.rank,
        subject,
      });
      const prev = ans.because[1];
      const prevDate = prev ? startOf(eventDate(prev)!) : null;
      if (prev && prevDate! > after) {
        return {
          ...base,
          verdict: 'contradicted',
          because: ans.because.map(cite),
          explanation: `A visit after ${anchor.date} (${anchor.description}) came before this one: ${ans.explanation}`,
        };
      }
      const need = {
        a: visitor ?? host,
        b: visitor ? host : null,
        types: ['visit' as const],
        visitor,
        maxRank: who.rank,
        offices: who.office ? [who.office] : null,
      };
      if (!covered(ctx.coverage, need, after, at)) {
        return {
          ...base,
          verdict: 'unverifiable',
          because: ans.because.map(cite),
          explanation: `No such visit between ${anchor.date} and ${at} is known, but ${describeReach(reachBack(ctx.coverage, need, at))}.`,
        };
      }
      return {
        ...base,
        verdict: 'supported',
        because: ans.because.map(cite),
        explanation: `No such visit between ${anchor.date} (${anchor.description}) and ${at}; ${ans.explanation}`,
      };
    }
  },
};
