// "Blinken is the highest-ranking US official to visit China since Biden took office" and
// "She remains the top US official to visit China since …": the subject's rank against every
// other visit in the period, up to the date the article speaks from.
import { covered, describeReach, reachBack } from '../coverage.js';
import { eventDate } from '../dates.js';
import { isVisitBy, sameExchange, sideRank } from '../events.js';
import { label } from '../answer.js';
import { occurredIn } from '../select.js';
import type { ExchangeEvent } from '../../types.js';
import { resolveAnchor } from './anchors.js';
import { allEvents, cite, isOfficial, nearbyEvents, officialsNamed, rankOf } from './evidence.js';
import { sentences, span } from './text.js';
import type { ClaimFinder, Finding } from './types.js';
import { readWho } from './who.js';

const RE = new RegExp(
  String.raw`(?:^|\b)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|[Ss]he|[Hh]e|[Tt]hey)?,?\s*(?:is|was|becomes|became|remains|remained|as|would be|will be)\s+(?:now\s+|still\s+)?the\s+(?:highest[- ]ranking|highest[- ]level|most[- ]senior|top|senior[- ]most)\s+([\w\s.'’-]{0,60}?)\s*(?:to\s+(?:visit|travel\s+to|set\s+foot\s+in)|visitor\s+to)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(since\s+[^.;]+)`,
  'g',
);

export const highestRankingSince: ClaimFinder = {
  kind: 'highest_ranking_since',
  reason: 'a visitor said to outrank every other visitor from their country since a date',
  find(ctx) {
    const out: Finding[] = [];
    const text = ctx.article.text;
    for (const s of sentences(text)) {
      RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RE.exec(s.text))) {
        const lead = m[0].length - m[0].trimStart().length;
        const from = s.start + m.index + lead;
        const claim = span(text, from, s.start + m.index + m[0].trimEnd().length);
        out.push(judge(m, s, claim));
      }
    }
    return out;

    function judge(
      m: RegExpExecArray,
      s: ReturnType<typeof sentences>[number],
      claim: Finding['claim'],
    ): Finding {
      const asOf = ctx.asOf;
      const host = ctx.kb.resolveCountry(m[3].replace(/^the\s+/i, ''));
      const who = readWho(ctx.kb, m[2]);
      const anchor = resolveAnchor(m[4], ctx.kb, asOf);
      const unverifiable = (why: string): Finding => ({
        claim,
        kind: 'highest_ranking_since',
        verdict: 'unverifiable',
        because: [],
        explanation: why,
      });
      if (!host) return unverifiable(`The country "${m[3]}" is not known.`);
      if (!anchor)
        return unverifiable(`The start of the period ("${m[4].trim()}") is not a date Readout knows.`);
      const named = officialsNamed(ctx, m[1] ?? '');
      const fits = (e: ExchangeEvent) =>
        e.type === 'visit' &&
        e.host_country === host &&
        e.status === 'occurred' &&
        (!who.country || e.participants.some((p) => p.country === who.country)) &&
        (!named.length || named.some((o) => e.participants.some((p) => isOfficial(p, o))));
      // A name picks the named person's visit anywhere in the article; a pronoun the nearest one.
      const near = nearbyEvents(ctx, s, fits);
      const subject = near[0] ?? (named.length ? ctx.articleEvents.find(fits) : undefined) ?? null;
      const visitor = who.country ?? subject?.participants.find((p) => p.country !== host)?.country ?? null;
      if (!subject || !visitor)
        return unverifiable('The visit this claim is about was not found in the article.');
      const subjectDate = eventDate(subject);
      const subjectRank = subject.participants
        .filter((p) => p.country === visitor)
        .map((p) => rankOf(ctx, p, subjectDate))
        .filter((r): r is number => r !== null)
        .sort((a, b) => a - b)[0];
      if (subjectRank === undefined) return unverifiable(`The rank of ${label(subject)} is not known.`);
      const until = asOf ?? subjectDate!;
      const others = occurredIn(allEvents(ctx), { since: anchor.date, until })
        .filter((e) => isVisitBy(e, visitor, host) && !sameExchange(e, subject))
        .filter((e) => (sideRank(e, visitor) ?? 99) < subjectRank);
      const because = [cite(subject)];
      if (others.length) {
        const top = others.sort((a, b) => (sideRank(a, visitor) ?? 9) - (sideRank(b, visitor) ?? 9))[0];
        return {
          claim,
          kind: 'highest_ranking_since',
          verdict: 'contradicted',
          because: [...because, ...others.map(cite)],
          explanation: `${label(top)} (rank ${sideRank(top, visitor)}) outranks ${label(subject)} (rank ${subjectRank}) in the period since ${anchor.date} (${anchor.description}) up to ${until}.`,
        };
      }
      const need = { a: visitor, b: host, types: ['visit' as const], visitor, maxRank: subjectRank - 1 };
      if (subjectRank > 1 && !covered(ctx.coverage, need, anchor.date, until)) {
        return {
          claim,
          kind: 'highest_ranking_since',
          verdict: 'unverifiable',
          because,
          explanation: `No higher-ranking visit from ${visitor} to ${host} since ${anchor.date} is known, but ${describeReach(reachBack(ctx.coverage, need, until))}.`,
        };
      }
      return {
        claim,
        kind: 'highest_ranking_since',
        verdict: 'supported',
        because,
        explanation: `No visit from ${visitor} to ${host} between ${anchor.date} (${anchor.description}) and ${until} outranks ${label(subject)} (rank ${subjectRank}); sources cover that period.`,
      };
    }
  },
};
