// A dated list heading ("Sullivan-Yang talks in Rome — March 14, 2021") against the paragraph
// under it when that paragraph places the exchange relative to a dated world event ("Weeks after
// … Russia invaded Ukraine"). Also reports dates the pipeline itself found disputed.
import { anchoredWindow, fitYear } from '../anchored-dates.js';
import { endOf, startOf, toDay } from '../dates.js';
import { cite, citeSpan } from './evidence.js';
import { lines, MONTH_NAME, parseDate, sentences, span } from './text.js';
import type { ClaimFinder, Finding } from './types.js';

const HEADING = new RegExp(
  String.raw`^(.{3,160}?)\s*[—–:-]\s*((?:${MONTH_NAME}\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+${MONTH_NAME}\s+\d{4})|(?:${MONTH_NAME}\s+\d{4})|\d{4}-\d{2}-\d{2})\s*$`,
  'i',
);

export const dateConsistency: ClaimFinder = {
  kind: 'date_consistency',
  reason: 'a dated heading whose paragraph dates the exchange differently, through a world event',
  find(ctx) {
    const text = ctx.article.text;
    const out: Finding[] = [];
    const ls = lines(text);
    const all = sentences(text);
    for (let i = 0; i < ls.length; i++) {
      const h = HEADING.exec(ls[i].text);
      if (!h) continue;
      const written = parseDate(h[2]);
      if (!written) continue;
      const heading = ls[i];
      // The paragraph under the heading runs to the next heading.
      const body: typeof ls = [];
      for (let j = i + 1; j < ls.length && j <= i + 3 && !HEADING.test(ls[j].text); j++) body.push(ls[j]);
      for (const s of all.filter((x) => body.some((b) => b.index === x.line))) {
        const found = judge(heading, written, s);
        if (found) {
          out.push(found);
          break;
        }
      }
    }
    // Dates the pipeline found disputed where no heading above did the same work.
    for (const e of ctx.articleEvents) {
      const d = e.date_disputed;
      if (!d) continue;
      const ev = d.evidence[0] ?? e.evidence[0];
      if (
        !ev ||
        out.some((f) => (f.also ?? []).concat(f.claim).some((x) => x.start < ev.end && x.end > ev.start))
      )
        continue;
      out.push({
        claim: ev,
        kind: 'date_consistency',
        verdict: 'contradicted',
        because: [cite(e), ...d.evidence.map(citeSpan)],
        explanation: `The text gives ${d.as_written} but implies ${d.inferred}: ${d.reason}.`,
      });
    }
    return out;

    function judge(
      heading: { start: number; end: number },
      written: string,
      s: { start: number; end: number; text: string },
    ): Finding | null {
      const w = anchoredWindow(s.text, ctx.kb);
      if (!w) return null;
      const { lo, hi, relation } = w;
      const claim = span(text, heading.start, heading.end);
      const body = span(text, s.start, s.end);
      const because = [citeSpan(claim), citeSpan(body)];
      const ws = startOf(written);
      const wEnd = endOf(written);
      if (ws >= lo && wEnd <= hi) {
        return {
          claim,
          also: [body],
          kind: 'date_consistency',
          verdict: 'supported',
          because,
          explanation: `The heading's ${written} fits the text's "${relation}": between ${lo} and ${hi}.`,
        };
      }
      if (wEnd < lo || ws > hi) {
        // The usual slip is the year: say which year would fit.
        const inferred = fitYear(written, w);
        const fix = inferred ? `; ${inferred} would fit` : '';
        const off = Math.abs(Math.round(wEnd < lo ? toDay(lo) - toDay(wEnd) : toDay(ws) - toDay(hi)));
        return {
          claim,
          also: [body],
          kind: 'date_consistency',
          verdict: 'contradicted',
          because,
          explanation: `The heading dates it ${written}, but the paragraph places it ${relation}, between ${lo} and ${hi} (${off} days apart)${fix}.`,
          written_date: written,
          ...(inferred ? { inferred_date: inferred } : {}),
        };
      }
      return {
        claim,
        also: [body],
        kind: 'date_consistency',
        verdict: 'unverifiable',
        because,
        explanation: `The heading's ${written} only partly overlaps the text's "${relation}" (${lo} to ${hi}); the day cannot be told.`,
      };
    }
  },
};
