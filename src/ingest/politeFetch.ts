// HTTP for feeds and the pages they list, done the way a site owner would want: robots.txt
// honoured, one request at a time per host with a pause between them, a timeout on each, retries with growing waits only for
// failures that may pass (5xx, 429, timeouts, dropped connections), and a User-Agent that says who
// is asking and where to read about it.
import { readFileSync } from 'node:fs';
import { ReadoutError } from '../errors.js';
import { parseRobots, type RobotsRules } from './robots.js';

function projectInfo(): { version: string; homepage: string } {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
      homepage?: string;
    };
    return { version: pkg.version ?? '0', homepage: pkg.homepage ?? DEFAULT_HOMEPAGE };
  } catch {
    return { version: '0', homepage: DEFAULT_HOMEPAGE };
  }
}

// Used until package.json names the project's home page.
const DEFAULT_HOMEPAGE = 'https://github.com/readout/readout';

const info = projectInfo();
export const USER_AGENT = `Readout/${info.version} (+${info.homepage}; news-to-record ingest)`;

export interface FetchOptions {
  /** Per-request timeout in ms (default 20 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff wait in ms, doubled each retry (default 1 s). */
  backoffMs?: number;
  /** Pause between two requests to the same host, in ms (default 1 s). */
  perHostDelayMs?: number;
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  userAgent?: string;
  /** Replaceable for tests; defaults to global fetch. */
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** A fetch failure: `permanent` ones (404, 410, a PDF) should not be tried again on a later run. */
export class FetchError extends ReadoutError {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super('READOUT_RESOURCE', message);
  }
}

const RETRYABLE = (status: number) => status >= 500 || status === 429 || status === 408;

export class PoliteFetcher {
  private readonly opts: Required<Omit<FetchOptions, 'fetchImpl' | 'sleep'>>;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** robots.txt rules per origin, fetched once per run. */
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  /** Tail of each host's queue: a request starts only when the previous one to that host is done. */
  private readonly hostTail = new Map<string, Promise<void>>();

  constructor(opts: FetchOptions = {}) {
    this.opts = {
      timeoutMs: opts.timeoutMs ?? 20_000,
      retries: opts.retries ?? 3,
      backoffMs: opts.backoffMs ?? 1_000,
      perHostDelayMs: opts.perHostDelayMs ?? 1_000,
      maxBytes: opts.maxBytes ?? 5_000_000,
      userAgent: opts.userAgent ?? USER_AGENT,
    };
    this.fetchImpl = opts.fetchImpl ?? fetch;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /**
   * Whether the site's robots.txt lets Readout fetch `url` (RFC 9309): no robots.txt (4xx) allows
   * everything; one that cannot be fetched (5xx, timeouts) allows nothing for this run.
   */
  async allowed(url: string): Promise<boolean> {
    const u = new URL(url);
    let rules = this.robots.get(u.origin);
    if (!rules) {
      rules = this.get(`${u.origin}/robots.txt`, 'text/plain').then(
        (res) => parseRobots(res.body, 'readout'),
        (err: unknown) => (err instanceof FetchError && err.permanent ? () => true : () => false),
      );
      this.robots.set(u.origin, rules);
    }
    return (await rules)(`${u.pathname}${u.search}`);
  }

  /** GETs `url` in its host's queue, with retries. Throws FetchError when it finally fails. */
  async get(url: string, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<Fetched> {
    const host = new URL(url).host;
    const previous = this.hostTail.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.hostTail.set(host, tail);
    await previous;
    try {
      return await this.withRetries(url, accept);
    } finally {
      // The pause belongs to the host's queue, so the next request to it waits; others do not.
      const pause = this.opts.perHostDelayMs;
      if (pause > 0) void this.sleep(pause).then(release);
      else release();
    }
  }

  private async withRetries(url: string, accept: string): Promise<Fetched> {
    let lastError = '';
    for (let attempt = 0; attempt <= this.opts.retries; attempt++) {
      if (attempt > 0) await this.sleep(this.opts.backoffMs * 2 ** (attempt - 1));
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          headers: { 'user-agent': this.opts.userAgent, accept },
          signal: AbortSignal.timeout(this.opts.timeoutMs),
          redirect: 'follow',
        });
      } catch (err) {
        const e = err as Error;
        lastError = e.name === 'TimeoutError' ? `timed out after ${this.opts.timeoutMs} ms` : e.message;
        continue; // timeouts and dropped connections may pass
      }
      if (RETRYABLE(res.status)) {
        lastError = `HTTP ${res.status}`;
        await res.body?.cancel().catch(() => {});
        const after = Number(res.headers.get('retry-after'));
        if (Number.isFinite(after) && after > 0) await this.sleep(Math.min(after * 1000, 60_000));
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError(`${url}: HTTP ${res.status}`, true);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > this.opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError(`${url}: ${declared} bytes is more than ${this.opts.maxBytes}`, true);
      }
      let body: string;
      try {
        body = await res.text();
      } catch (err) {
        lastError =
          (err as Error).name === 'TimeoutError'
            ? `timed out after ${this.opts.timeoutMs} ms`
            : (err as Error).message;
        continue;
      }
      if (Buffer.byteLength(body) > this.opts.maxBytes)
        throw new FetchError(`${url}: more than ${this.opts.maxBytes} bytes`, true);
      return {
        url: res.url || url,
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body,
      };
    }
    throw new FetchError(`${url}: ${lastError} (gave up after ${this.opts.retries + 1} attempts)`, false);
  }
}
