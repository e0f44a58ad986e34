// "Biden and Xi held their first face-to-face talks", "spoke via video link for the first time",
// "the first talks between the two officials since Biden took office": no earlier exchange of that
// kind between the same people (or countries) in the period the claim implies.
import { covered, describeReach, reachBack, type CoverageNeed } from '../coverage.js';
import { addMonths, addYears, eventDate, formatGap, gapBetween, roundedYears, startOf } from '../dates.js';
import { involves, isSeniorContact, sameExchange } from '../events.js';
import { label } from '../answer.js';
import { occurredIn } from '../select.js';
import type { Official } from '../../knowledge/types.js';
import type { EventType, ExchangeEvent } from '../../types.js';
import { resolveAnchor } from './anchors.js';
import { allEvents, cite, isOfficial, nearbyEvents, officialsNamed, rankOf } from './evidence.js';
import { NUMBER_WORD, numberWord, sentences, span } from './text.js';
import type { ClaimFinder, Finding } from './types.js';

const NOUN = String.raw`talks|talk|meetings?|phone\s+calls?|calls?|conversations?|summits?|encounters?|visits?|trips?|exchanges?|contacts?|video\s+calls?|virtual\s+meetings?`;
const FIRST_NOUN = new RegExp(
  String.raw`\b(?:their|its|his|her|the|a)\s+(?:long[- ]awaited\s+|much[- ]anticipated\s+|long[- ]delayed\s+|very\s+)?first\s+(?:such\s+)?((?:[\w'’-]+\s+){0,5}?)(${NOUN})\b((?:\s+(?:between|with)\s+[^,.;]{1,80}?)?)(?=\s+(?:since|under|after|as|in|on|at|was|were|is|for|to|that|which|of)\b|[,.;:—–]|$)`,
  'gi',
);
const FOR_THE_FIRST_TIME =
  /\bfor the first time\b(?!\s+in\s+(?:\d+|an?|[a-z]+)\s+(?:years?|decades?|months?))/gi;
const TWO =
  /\b(?:the two(?:\s+(?:officials|leaders|men|women|ministers|sides|presidents|counterparts))?|the pair|both (?:leaders|men|sides|officials))\b/i;
const IN_YEARS = new RegExp(
  String.raw`^\s*in\s+(?:(more than|over|nearly|almost|about|some)\s+)?(?:(${NUMBER_WORD})\s+)?(years?|decades?)\b`,
  'i',
);
const TOPICAL = /\b(trade|economic|military|defen[cs]e|security|climate|nuclear|cyber|energy)\b/i;

function typesFor(words: string): EventType[] | null {
  const w = words.toLowerCase();
  if (/video|virtual/.test(w)) return ['video_call'];
  if (/phone|telephone/.test(w)) return ['phone_call'];
  if (/face[- ]to[- ]face|in[- ]person|met\b|meeting|summit|encounter/.test(w))
    return /encounter|met\b/.test(w) ? ['meeting', 'visit', 'handshake'] : ['meeting', 'visit'];
  if (/\bcalls?\b|spoke by/.test(w)) return ['phone_call', 'video_call'];
  if (/visit|trip/.test(w)) return ['visit'];
  if (/talks?|conversation|exchange|contact/.test(w)) return ['meeting', 'phone_call', 'video_call'];
  return null;
}

export const firstOfKind: ClaimFinder = {
  kind: 'first_of_kind',
  reason: 'an exchange said to be the first of its kind between the same people or countries',
  find(ctx) {
    const text = ctx.article.text;
    const out: Finding[] = [];
    for (const s of sentences(text)) {
      for (const re of [FIRST_NOUN, FOR_THE_FIRST_TIME]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(s.text))) {
          // "first … to visit" is a first-in-period or highest-ranking claim, judged by those finders.
          if (/\bto\s+visit\b/i.test(s.text.slice(m.index, m.index + m[0].length + 12))) continue;
          out.push(judge(m, s, re === FOR_THE_FIRST_TIME));
        }
      }
    }
    return out;

    function judge(
      m: RegExpExecArray,
      s: ReturnType<typeof sentences>[number],
      forTheFirstTime: boolean,
    ): Finding {
      const before = s.text.slice(0, m.index);
      const phrase = forTheFirstTime ? `${before} ${m[0]}` : m[0];
      const claimStart = forTheFirstTime ? s.start + clauseStart(before) : s.start + m.index;
      const claim = span(text, claimStart, s.start + m.index + m[0].length);
      const after = s.text.slice(m.index + m[0].length);
      const anchorText =
        /^\s*(?:since|under|after)\b[^.;]*/i.exec(after)?.[0] ??
        (forTheFirstTime ? null : (/\b(?:since|under)\b[^.;]*/i.exec(m[0])?.[0] ?? null));
      const modality = forTheFirstTime ? before.slice(clauseStart(before)) : `${m[1] ?? ''} ${m[2] ?? ''}`;
      let types = typesFor(modality);
      const abroad = /\b(?:foreign|overseas|abroad|international)\b/i.test(modality);
      const topical = TOPICAL.exec(forTheFirstTime ? '' : (m[1] ?? ''))?.[1]?.toLowerCase() ?? null;
      const partnersText = forTheFirstTime
        ? before.slice(clauseStart(before))
        : `${before.slice(clauseStart(before))} ${m[1] ?? ''} ${m[3] ?? ''}`;
      let persons: Official[] = TWO.test(partnersText) ? [] : officialsNamed(ctx, partnersText);
      const countries = countriesIn(partnersText);
      const rankWord = /\b(?:high[- ]level|senior|top|high[- ]ranking)\b/i.test(phrase)
        ? 3
        : /\bleaders?\b/i.test(phrase)
          ? 2
          : null;
      const unverifiable = (why: string, because: Finding['because'] = []): Finding => ({
        claim,
        kind: 'first_of_kind',
        verdict: 'unverifiable',
        because,
        explanation: why,
      });

      const fits = (e: ExchangeEvent) =>
        e.status === 'occurred' &&
        (!types || types.includes(e.type)) &&
        persons.every((o) => e.participants.some((p) => isOfficial(p, o))) &&
        (countries.length < 2 || involves(e, countries[0], countries[1]));
      const subject = nearbyEvents(ctx, s, fits)[0];
      if (!subject || !eventDate(subject))
        return unverifiable('The exchange this claim is about was not found in the article.');
      types ??= [subject.type];
      if (!persons.length && (TWO.test(partnersText) || !countries.length)) {
        persons = subject.participants
          .filter((p) => p.name)
          .map((p) => ctx.kb.officialsByAlias(p.name!)[0])
          .filter((o): o is Official => !!o);
      }
      const at = startOf(eventDate(subject)!);
      const sides = persons.length
        ? [...new Set(persons.map((o) => o.country))]
        : countries.length
          ? countries
          : [...new Set(subject.participants.map((p) => p.country).filter((c): c is string => !!c))];
      const [a, b] = sides;
      if (!a) return unverifiable('The sides of this exchange are not known.', [cite(subject)]);
      const anchor = anchorText ? resolveAnchor(anchorText, ctx.kb, at) : null;
      // Without a stated start, "first" means since the people involved took the offices they hold.
      const termStarts = persons.map((o) => ctx.kb.termAt(o, at)?.start).filter((d): d is string => !!d);
      // "The first meeting between the two in five years" looks back without limit for the last one.
      const period = forTheFirstTime ? null : IN_YEARS.exec(after);
      const from = period
        ? null
        : (anchor?.date ??
          (persons.length && termStarts.length === persons.length ? termStarts.sort().at(-1)! : null));
      const window = anchor
        ? `since ${anchor.date} (${anchor.description})`
        : from
          ? `since ${from} (when those involved took their current offices)`
          : 'ever';

      const earlier = occurredIn(allEvents(ctx), { since: from, until: at })
        .filter((e) => types!.includes(e.type) && startOf(eventDate(e)!) < at && !sameExchange(e, subject))
        .filter((e) =>
          persons.length
            ? persons.every((o) => e.participants.some((p) => isOfficial(p, o)))
            : involves(e, a, b) && (rankWord === null || !b || isSeniorContact(e, a, b, rankWord)),
        )
        // "First visit to X" compares visits to X; "first foreign trip" compares trips anywhere abroad.
        .filter(
          (e) =>
            abroad ||
            !(e.type === 'visit' && subject.type === 'visit' && e.host_country !== subject.host_country),
        );
      const topicOk = (e: ExchangeEvent) =>
        !topical || e.topics.some((t) => t.toLowerCase().includes(topical));
      const counted = earlier.filter(topicOk);
      const ranks = persons.length
        ? subject.participants
            .filter((p) => persons.some((o) => isOfficial(p, o)))
            .map((p) => rankOf(ctx, p, at))
            .filter((r): r is number => r !== null)
        : [];
      // A person's visits are covered by a record of their country's trips abroad.
      const visitor = types.every((t) => t === 'visit') && persons.length && sides.length === 1 ? a : null;
      // The people's offices, so a record of some offices' trips (President, Secretary of State) can cover them.
      const offices = persons.map((o) => ctx.kb.termAt(o, at)?.office);
      const need = {
        a,
        b: b ?? null,
        types,
        visitor,
        maxRank: ranks.length ? Math.min(...ranks) : rankWord,
        offices: persons.length && offices.every(Boolean) ? (offices as string[]) : null,
      };
      if (period) return inYears(period, counted, need);
      if (counted.length) {
        return {
          claim,
          kind: 'first_of_kind',
          verdict: 'contradicted',
          because: [cite(subject), ...counted.map(cite)],
          explanation: `An earlier ${types.join('/').replace(/_/g, ' ')} ${window}: ${label(counted[0])}, before ${label(subject)}.`,
        };
      }
      if (topical && earlier.length) {
        return unverifiable(
          `Earlier exchanges ${window} exist (${label(earlier[0])}) but their topics are not recorded, so "${topical}" cannot be checked.`,
          [cite(subject), ...earlier.map(cite)],
        );
      }
      if (!covered(ctx.coverage, need, from ?? '0000-01-01', at)) {
        return unverifiable(
          `No earlier ${types.join('/').replace(/_/g, ' ')} ${window} is known, but ${describeReach(reachBack(ctx.coverage, need, at))}.`,
          [cite(subject)],
        );
      }
      return supported();

      /** The previous exchange of the kind, and whether the gap is the N years the claim states. */
      function inYears(p: RegExpExecArray, prior: ExchangeEvent[], need: CoverageNeed): Finding {
        const years = (numberWord(p[2] ?? 'one') ?? 1) * (p[3].toLowerCase().startsWith('decade') ? 10 : 1);
        const qualifier = p[1]?.toLowerCase() ?? null;
        const kind = types!.join('/').replace(/_/g, ' ');
        const last = prior[prior.length - 1];
        if (!last) {
          const back = addMonths(addYears(at, -years), -6);
          return covered(ctx.coverage, need, back, at)
            ? {
                claim,
                kind: 'first_of_kind',
                verdict: 'contradicted',
                because: [cite(subject!)],
                explanation: `No earlier ${kind} at all in sources covering back to ${back}: longer than ${years} years.`,
              }
            : unverifiable(
                `No earlier ${kind} is known, but ${describeReach(reachBack(ctx.coverage, need, at))}.`,
                [cite(subject!)],
              );
        }
        const gap = gapBetween(eventDate(last)!, at);
        const exact = gap.years + gap.months / 12 + gap.days / 365;
        const rounded = roundedYears(gap);
        const holds =
          qualifier === 'more than' || qualifier === 'over'
            ? exact >= years
            : qualifier === 'nearly' || qualifier === 'almost'
              ? exact < years && rounded === years
              : rounded === years;
        const because = [cite(subject!), cite(last)];
        const says = `Previous ${kind}: ${label(last)}; gap ${formatGap(gap)}, about ${rounded} years (claim: ${qualifier ? `${qualifier} ` : ''}${years}).`;
        if (rounded < years && !holds)
          return { claim, kind: 'first_of_kind', verdict: 'contradicted', because, explanation: says };
        if (!covered(ctx.coverage, need, eventDate(last)!, at))
          return unverifiable(
            `${says} A later one may be missing: ${describeReach(reachBack(ctx.coverage, need, at))}.`,
            because,
          );
        return {
          claim,
          kind: 'first_of_kind',
          verdict: holds ? 'supported' : 'contradicted',
          because,
          explanation: says,
        };
      }

      function supported(): Finding {
        return {
          claim,
          kind: 'first_of_kind',
          verdict: 'supported',
          because: [cite(subject)],
          explanation: `No ${types!.join('/').replace(/_/g, ' ')} ${window} before ${label(subject)}; sources cover that period.`,
        };
      }
    }

    function countriesIn(t: string): string[] {
      const out: string[] = [];
      for (const w of t.match(/[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?/g) ?? []) {
        const word = w.replace(/['’]s$/, '');
        const c =
          ctx.kb.countryByDemonym(word) ??
          ctx.kb.countryByName(word) ??
          ctx.kb.countryByName(word.split(/\s+/)[0]) ??
          ctx.kb.countryByDemonym(word.split(/\s+/)[0]);
        if (c && !out.includes(c.code)) out.push(c.code);
      }
      return out;
    }
  },
};

/** Start of the clause a "for the first time" belongs to (after the last semicolon or dash). */
function clauseStart(before: string): number {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return cut < 0 ? 0 : cut + 2;
}
