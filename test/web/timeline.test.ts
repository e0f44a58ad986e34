import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallRecord } from '../server/helpers.js';
import { eventCount, haveChromium, navigate, open, startRig, type Rig } from './support.js';

describe.skipIf(!haveChromium)('the timeline page', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig({ seed: seedSmallRecord });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("shows the pair's exchanges with participants, place and evidence", async () => {
    await open(rig, '#/?a=USA&b=CHN');
    expect(await eventCount(rig.page)).toBe(5);
    expect(await rig.page.locator('#count').textContent()).toBe('5 exchanges');
    const first = rig.page.locator('li.event').first();
    expect(await first.locator('time').textContent()).toBe('2021-02-10');
    expect(await first.textContent()).toContain('Joe Biden (President, USA)');
    expect(await rig.page.locator('li.event', { hasText: 'Anchorage' }).count()).toBe(1);
    expect(await rig.page.locator('blockquote.evidence').first().textContent()).toContain(
      'Joe Biden and Xi Jinping met.',
    );
    // The chart draws one dot per dated exchange.
    expect(await rig.page.locator('figure.chart svg circle').count()).toBe(5);
    expect(rig.incidents).toEqual([]);
  });

  it('changes with the filters set through the form', async () => {
    await open(rig, '#/?a=USA&b=CHN');
    await rig.page.selectOption('select[name=rank]', '1');
    await navigate(rig, () => rig.page.click('form.filters button[type=submit]'));
    expect(await eventCount(rig.page)).toBe(3);
    expect(rig.page.url()).toContain('rank=1');

    await rig.page.fill('input[name=b]', 'Russia');
    await rig.page.selectOption('select[name=rank]', '');
    await navigate(rig, () => rig.page.click('form.filters button[type=submit]'));
    expect(await eventCount(rig.page)).toBe(1);
    expect(await rig.page.locator('li.event').textContent()).toContain('Sergey Lavrov');

    await rig.page.fill('input[name=b]', '');
    await rig.page.fill('input[name=since]', '2022-01-01');
    await navigate(rig, () => rig.page.click('form.filters button[type=submit]'));
    // USA against all since 2022: Geneva with Russia, Bali, the commerce talks.
    expect(await eventCount(rig.page)).toBe(3);
    await rig.page.selectOption('select[name=status]', 'planned');
    await navigate(rig, () => rig.page.click('form.filters button[type=submit]'));
    expect(await eventCount(rig.page)).toBe(1);
    expect(await rig.page.locator('li.event').textContent()).toContain('Janet Yellen');
  });

  it('can be driven from the keyboard alone', async () => {
    await open(rig, '#/?a=USA&b=CHN');
    await rig.page.locator('input[name=b]').focus();
    await rig.page.keyboard.press('Control+A');
    await rig.page.keyboard.type('Russia');
    await navigate(rig, () => rig.page.keyboard.press('Enter'));
    expect(await eventCount(rig.page)).toBe(1);
    // Every dot of the chart is a link that takes focus.
    const dot = rig.page.locator('figure.chart svg a').first();
    await dot.focus();
    expect(await dot.evaluate((a) => a === document.activeElement)).toBe(true);
    await rig.page.keyboard.press('Enter');
    await rig.page.waitForSelector('body[data-ready="event"]');
    expect(await rig.page.locator('h2').textContent()).toContain('Sergey Lavrov');
  });

  it('says so when a filter is wrong', async () => {
    await open(rig, '#/?a=Atlantis&b=CHN');
    expect(await rig.page.locator('[role=alert]').textContent()).toContain('unknown country');
  });

  it('opens an event with its sources from the list, by keyboard', async () => {
    await open(rig, '#/?a=USA&b=CHN');
    await rig.page.locator('li.event a.details').first().focus();
    await rig.page.keyboard.press('Enter');
    await rig.page.waitForSelector('body[data-ready="event"]');
    expect(await rig.page.locator('h2').textContent()).toContain('Joe Biden');
    expect(await rig.page.locator('h3', { hasText: 'Sources' }).textContent()).toBe('Sources (1)');
    expect(await rig.page.locator('a.source').getAttribute('href')).toBe('https://example.org/fixture');
  });

  it("shows the pair's temperature and silences", async () => {
    await open(rig, '#/?a=USA&b=CHN');
    await rig.page.waitForSelector('.silences ol.gaps li');
    expect(await rig.page.locator('.silences ol.gaps li').first().textContent()).toContain('364 days');
    expect(await rig.page.locator('.temperature svg').count()).toBe(1);
  });

  it('fits a narrow screen without sideways scrolling', async () => {
    await rig.page.setViewportSize({ width: 360, height: 800 });
    await open(rig, '#/?a=USA&b=CHN');
    const overflow = await rig.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await rig.page.setViewportSize({ width: 1200, height: 900 });
  });
});
