// A dated list heading ("Sullivan-Yang talks in Rome — March 14, 2021") against the paragraph
// under it when that paragraph places the exchange relative to a dated world event ("Weeks after
// … Russia invaded Ukraine"). Also reports dates the pipeline itself found disputed.
import { addDays, addYears, endOf, startOf, toDay } from '../dates.js';
import { worldEventIn } from './anchors.js';
import { cite, citeSpan } from './evidence.js';
import { lines, MONTH_NAME, parseDate, sentences, span } from './text.js';
import type { ClaimFinder, Finding } from './types.js';

const HEADING = new RegExp(
  String.raw`^(.{3,160}?)\s*[—–:-]\s*((?:${MONTH_NAME}\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+${MONTH_NAME}\s+\d{4})|(?:${MONTH_NAME}\s+\d{4})|\d{4}-\d{2}-\d{2})\s*$`,
  'i',
);

// How far from the anchor each wording allows, in days: [min, max]. "After" alone is open-ended.
const RELATIONS: Array<{ re: RegExp; after: boolean; min: number; max: number }> = [
  { re: /\b(?:days|a day|hours|a few days|two days|three days)\s+(after|following)\s*$/, after: true, min: 0, max: 31 },
  { re: /\b(?:weeks|a week|a few weeks|two weeks|three weeks|several weeks)\s+(after|following)\s*$/, after: true, min: 5, max: 122 },
  { re: /\b(?:months|a month|a few months|two months|three months|several months)\s+(after|following)\s*$/, after: true, min: 25, max: 730 },
  { re: /\b(?:a year|years|two years|a few years|several years)\s+(after|following)\s*$/, after: true, min: 330, max: 36500 },
  { re: /\b(?:shortly|soon|just|right|immediately)\s+(after|following)\s*$/, after: true, min: 0, max: 62 },
  { re: /\bin the (?:wake|aftermath) of\s*$/, after: true, min: 0, max: 183 },
  { re: /\b(after|following)\s*$/, after: true, min: 0, max: 36500 },
  { re: /\b(?:days|a day|a few days)\s+before\s*$/, after: false, min: 0, max: 31 },
  { re: /\b(?:weeks|a week|a few weeks|several weeks)\s+(?:before|ahead of)\s*$/, after: false, min: 5, max: 122 },
  { re: /\b(?:months|a month|a few months|several months)\s+(?:before|ahead of)\s*$/, after: false, min: 25, max: 730 },
  { re: /\b(?:shortly|just|right|immediately)\s+before\s*$/, after: false, min: 0, max: 62 },
  { re: /\b(?:before|ahead of|prior to)\s*$/, after: false, min: 0, max: 36500 },
];

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
      const body = [];
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
      if (!ev || out.some((f) => (f.also ?? []).concat(f.claim).some((x) => x.start < ev.end && x.end > ev.start))) continue;
      out.push({
        claim: ev,
        kind: 'date_consistency',
        verdict: 'contradicted',
        because: [cite(e), ...d.evidence.map(citeSpan)],
        explanation: `The text gives ${d.as_written} but implies ${d.inferred}: ${d.reason}.`,
      });
    }
    return out;

    function judge(heading: { start: number; end: number }, written: string, s: { start: number; end: number; text: string }): Finding | null {
      const we = worldEventIn(s.text, ctx.kb, null);
      if (!we) return null;
      const lead = s.text
        .slice(0, we.index)
        .toLowerCase()
        .replace(/[’‘]/g, "'");
      // The relation words sit just before the event's name, possibly with a few words between
      // ("weeks after China's close ally Russia invaded Ukraine").
      let rel: (typeof RELATIONS)[number] | null = null;
      for (let cut = 0; cut <= 6 && !rel; cut++) {
        const words = lead.trimEnd().split(/\s+/);
        const head = words.slice(0, Math.max(0, words.length - cut)).join(' ');
        rel = RELATIONS.find((r) => r.re.test(head)) ?? null;
      }
      if (!rel) return null;
      const lo = rel.after ? addDays(we.date, rel.min) : addDays(we.date, -rel.max);
      const hi = rel.after ? addDays(we.date, rel.max) : addDays(we.date, -rel.min);
      const claim = span(text, heading.start, heading.end);
      const body = span(text, s.start, s.end);
      const because = [citeSpan(claim), citeSpan(body)];
      const ws = startOf(written);
      const wEnd = endOf(written);
      const relation = `${rel.after ? 'after' : 'before'} ${we.description} (${we.date})`;
      if (ws >= lo && wEnd <= hi) {
        return { claim, also: [body], kind: 'date_consistency', verdict: 'supported', because, explanation: `The heading's ${written} fits the text's "${relation}": between ${lo} and ${hi}.` };
      }
      if (wEnd < lo || ws > hi) {
        // The usual slip is the year: say which year would fit.
        const shift = [-3, -2, -1, 1, 2, 3].find((k) => addYears(ws, k) >= lo && endOf(addYears(written.length === 4 ? written : ws, k)) <= hi);
        const inferred = shift !== undefined && written.length >= 7 ? addYears(ws, shift).slice(0, written.length) : null;
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
