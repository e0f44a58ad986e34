// The browser tests' rig: the page built by vite into a temp folder, the server on a random
// loopback port over a throwaway record, and Debian's Chromium driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Store } from '../../src/record/types.js';
import { server, tempRecord, type TempRecord } from '../server/helpers.js';

export const CHROMIUM = process.env.READOUT_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds src/web with its vite config into a fresh folder, so the test sees the current source. */
export async function buildPage(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'readout-www-'));
  await build({
    configFile: fileURLToPath(new URL('../../src/web/vite.config.ts', import.meta.url)),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  return outDir;
}

export interface Rig {
  rec: TempRecord;
  store: Store;
  app: FastifyInstance;
  base: string;
  browser: BrowserContext;
  page: Page;
  /** What the page did that it must not: dialogs opened, console errors, requests off the origin. */
  incidents: string[];
  close: () => Promise<void>;
}

export async function startRig(
  opts: { token?: string; seed?: (store: Store) => Promise<unknown> } = {},
): Promise<Rig> {
  const webRoot = await buildPage();
  const rec = await tempRecord();
  if (opts.seed) await opts.seed(rec.store);
  const app = await server(rec.store, { webRoot, token: opts.token });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const profile = mkdtempSync(join(tmpdir(), 'readout-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const incidents: string[] = [];
  page.on('dialog', (d) => {
    incidents.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') incidents.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) incidents.push(`request: ${r.url()}`);
  });
  return {
    rec,
    store: rec.store,
    app,
    base,
    browser,
    page,
    incidents,
    close: async () => {
      await browser.close();
      await app.close();
      await rec.cleanup();
      rmSync(webRoot, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a hash route and waits until the view has rendered its data. */
export async function open(rig: Rig, hash: string, view = 'timeline'): Promise<void> {
  await rig.page.goto(`${rig.base}/${hash}`);
  await rig.page.waitForSelector(`body[data-ready="${view}"]`);
}

/**
 * Does what changes the route (a form submitted, Enter pressed), then waits for the page it leads to.
 * The page before's ready mark is taken off first: the route changes on the hashchange event, after
 * the click has returned, so a wait started at once could see the old page still marked ready.
 */
export async function navigate(rig: Rig, act: () => Promise<unknown>, view = 'timeline'): Promise<void> {
  await rig.page.evaluate(() => {
    delete document.body.dataset.ready;
  });
  await act();
  await rig.page.waitForSelector(`body[data-ready="${view}"]`);
}

export async function eventCount(page: Page): Promise<number> {
  return page.locator('ol.events > li.event').count();
}
