// Article text and names are untrusted: whatever markup they hold must show as text and run nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/record/types.js';
import { event } from '../server/helpers.js';
import { haveChromium, open, startRig, type Rig } from './support.js';

const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2;alert(2)</script>';
const TOKEN = 'hostile-test-token-42';

const ARTICLE = [
  `Talks ${IMG} in Beijing`,
  `US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Sunday ${SCRIPT}, officials said.`,
  `Blinken ${IMG} said the talks were candid.`,
].join('\n');

/** A record entry whose names, office, place, outlet and link are all markup or a script URL. */
async function hostileRecord(store: Store): Promise<void> {
  const sentence = `${SCRIPT} met ${IMG}.`;
  await store.importRecords(
    {
      key: 'hostile',
      kind: 'jsonl',
      url: 'javascript:alert(3)',
      outlet: `Outlet ${SCRIPT}`,
      published: '2023-06-01',
      title: IMG,
    },
    [
      event({
        participants: [
          { name: `${IMG} Smith`, role: SCRIPT, country: 'USA', rank: 3 },
          { name: `Li ${SCRIPT}`, role: IMG, country: 'CHN', rank: 3 },
        ],
        date: '2023-06-01',
        location: { city: IMG, country: 'CHN', venue: SCRIPT },
        host_country: 'CHN',
        evidence: [{ start: 0, end: sentence.length, text: sentence }],
      }),
    ],
  );
}

describe.skipIf(!haveChromium)('hostile text on the page', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig({ token: TOKEN, seed: hostileRecord });
    const r = await fetch(`${rig.base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: ARTICLE, published: '2023-06-18', url: 'https://example.org/hostile' }),
    });
    expect(r.status).toBe(201);
  });
  afterAll(async () => {
    await rig?.close();
  });

  const ranNothing = async () => {
    expect(
      await rig.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(rig.incidents.filter((i) => i.startsWith('dialog'))).toEqual([]);
    // No element came from data: the page's own markup has no <img>, and no <script> inside <main>.
    expect(await rig.page.locator('main img, main script, main iframe').count()).toBe(0);
  };

  it('shows names, offices, places, outlets and evidence as text on the timeline', async () => {
    await open(rig, '#/?a=USA&b=CHN&status=all');
    const text = (await rig.page.locator('main').textContent()) ?? '';
    expect(text).toContain(`${IMG} Smith`);
    expect(text).toContain(`Li ${SCRIPT}`);
    expect(text).toContain(`${SCRIPT} met ${IMG}.`);
    await ranNothing();
  });

  it("shows the API-ingested article's evidence as text", async () => {
    await open(rig, '#/?a=USA&b=CHN&status=all');
    const quotes = await rig.page.locator('blockquote.evidence').allTextContents();
    expect(quotes.some((q) => q.includes(SCRIPT) || q.includes(IMG))).toBe(true);
    await ranNothing();
  });

  it("never links a javascript: URL, and shows the hostile event's view as text", async () => {
    await open(rig, '#/?a=USA&b=CHN&status=all');
    await rig.page.locator('li.event', { hasText: 'Smith' }).locator('a.details').click();
    await rig.page.waitForSelector('body[data-ready="event"]');
    expect(await rig.page.locator('h2').textContent()).toContain(`${IMG} Smith`);
    const hrefs = await rig.page
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    await ranNothing();
  });

  it("marks a pasted hostile article's claims as text in the check view", async () => {
    await open(rig, '#/check', 'check');
    await rig.page.fill(
      'textarea[name=text]',
      `${ARTICLE}\nBlinken is the first Secretary of State to visit China in five years ${IMG}.`,
    );
    await rig.page.fill('input[name=published]', '2023-06-18');
    await rig.page.click('form.check button[type=submit]');
    await rig.page.waitForSelector('.check-results .marked');
    expect(await rig.page.locator('.check-results .marked').textContent()).toContain(SCRIPT);
    await ranNothing();
  });

  it('is served with a Content-Security-Policy that forbids inline script', async () => {
    const r = await fetch(`${rig.base}/`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await r.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
