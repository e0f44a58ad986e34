// The seed story end to end: posted to the API, extracted by the real pipeline, drawn on the page.
// With READOUT_SCREENSHOT=path the test also saves the timeline as an image (docs/screenshot.png).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCount, haveChromium, open, startRig, type Rig } from './support.js';

const SEED = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');

describe.skipIf(!haveChromium)('the seed story on the page', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    const r = await fetch(`${rig.base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: SEED,
        published: '2023-06-18',
        url: 'https://www.aaj.tv/news/30327331',
        outlet: 'Aaj News',
      }),
    });
    expect(r.status).toBe(201);
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('shows its 16 US–China exchanges that occurred', async () => {
    await open(rig, '#/?a=USA&b=CHN');
    if (process.env.READOUT_SCREENSHOT) {
      await rig.page.setViewportSize({ width: 1200, height: 1500 });
      await rig.page.waitForSelector('.silences');
      await rig.page.screenshot({ path: process.env.READOUT_SCREENSHOT, fullPage: false });
      await rig.page.setViewportSize({ width: 1200, height: 900 });
    }
    expect(await eventCount(rig.page)).toBe(16);
    expect(await rig.page.locator('#count').textContent()).toBe('16 exchanges');
    // Every exchange quotes its evidence and links the source it came from.
    expect(await rig.page.locator('li.event blockquote.evidence').count()).toBe(16);
    expect(await rig.page.locator('li.event a.source[href="https://www.aaj.tv/news/30327331"]').count()).toBe(
      16,
    );
    expect(rig.incidents).toEqual([]);
  });

  it('narrows to heads of state, and shows the rest with status=all', async () => {
    await open(rig, '#/?a=USA&b=CHN&rank=1');
    const heads = await eventCount(rig.page);
    expect(heads).toBeGreaterThan(0);
    expect(heads).toBeLessThan(16);
    for (const text of await rig.page.locator('li.event ul.participants').allTextContents())
      expect(text).toMatch(/Biden|Xi Jinping/);
    await open(rig, '#/?a=USA&b=CHN&status=all');
    expect(await eventCount(rig.page)).toBe(23);
  });

  it("marks the pasted story's claims in its text with their verdicts", async () => {
    await open(rig, '#/check', 'check');
    await rig.page.fill('textarea[name=text]', SEED);
    await rig.page.fill('input[name=published]', '2023-06-18');
    await rig.page.click('form.check button[type=submit]');
    await rig.page.waitForSelector('.check-results ol.findings');
    const findings = await rig.page.locator('ol.findings > li.finding').count();
    expect(findings).toBeGreaterThan(0);
    const marks = rig.page.locator('.marked a.claim');
    expect(await marks.count()).toBe(findings);
    // The marked text is the article's own text, in order: nothing added, nothing lost.
    const shown = await rig.page.locator('.marked').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const sup of copy.querySelectorAll('sup')) sup.remove();
      return copy.textContent;
    });
    expect(shown).toBe(SEED);
    for (const cls of await marks.evaluateAll((as) => as.map((a) => a.className))) {
      expect(cls).toMatch(/verdict-(supported|contradicted|unverifiable)/);
    }
    // Each mark is the claim its finding quotes.
    const marked = await rig.page.locator('.marked a.claim mark').allTextContents();
    const quoted = await rig.page.locator('li.finding blockquote').allTextContents();
    expect(marked).toEqual(quoted);
  });
});
