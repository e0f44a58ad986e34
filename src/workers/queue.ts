// The I/O shell around pg-boss: one place that opens the queue, with the settings that decide what
// happens to a job whose worker dies (it expires, then is retried by whichever worker is alive).
import PgBoss from 'pg-boss';
import { dbError, usage } from '../errors.js';
import { isPostgresSpec, oneLine, redactUrl } from '../record/connect.js';
import { DOCUMENT_QUEUE } from './job.js';

export interface QueueSettings {
  /** A job running longer than this is taken to be lost (its worker died) and is retried. */
  expireInSeconds: number;
  /** Attempts after the first before a job is marked failed. */
  retryLimit: number;
  /** Pause before a failed job is tried again (doubling with each attempt). */
  retryDelaySeconds: number;
  /** How often a live worker looks for expired jobs of dead ones. */
  maintenanceSeconds: number;
}

export const DEFAULT_SETTINGS: QueueSettings = {
  expireInSeconds: 300,
  retryLimit: 5,
  retryDelaySeconds: 2,
  maintenanceSeconds: 30,
};

/**
 * Settings from the environment, so a team (or a test that kills workers on purpose) can shorten
 * the wait before a dead worker's document is retried without new command-line options.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const num = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw usage(`${name} must be an integer ≥ ${min}, got "${raw}"`);
    return n;
  };
  return {
    expireInSeconds: num('READOUT_QUEUE_EXPIRE_SECONDS', DEFAULT_SETTINGS.expireInSeconds, 1),
    retryLimit: num('READOUT_QUEUE_RETRY_LIMIT', DEFAULT_SETTINGS.retryLimit, 0),
    retryDelaySeconds: num('READOUT_QUEUE_RETRY_DELAY_SECONDS', DEFAULT_SETTINGS.retryDelaySeconds, 0),
    maintenanceSeconds: num('READOUT_QUEUE_MAINTENANCE_SECONDS', DEFAULT_SETTINGS.maintenanceSeconds, 1),
  };
}

/**
 * Documents a worker takes from the queue at once ($READOUT_QUEUE_BATCH, default 4). Larger batches
 * save round trips; each document of a batch waits in hand for the ones before it, so the batch's
 * documents must together finish well within the job expiry.
 */
export function batchSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.READOUT_QUEUE_BATCH;
  if (raw === undefined || raw === '') return 4;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw usage(`READOUT_QUEUE_BATCH must be an integer ≥ 1, got "${raw}"`);
  return n;
}

/** The queue lives in PostgreSQL; anything else is a usage mistake, said in one line. */
export function requirePostgres(spec: string | undefined, what: string): string {
  const db = spec ?? process.env.READOUT_DB;
  if (!db || !isPostgresSpec(db)) {
    throw usage(`${what} needs a PostgreSQL database: --db postgres://USER@HOST/DB (or READOUT_DB)`);
  }
  return db;
}

export interface OpenQueueOptions {
  settings?: QueueSettings;
  /** Connections in the pool; a worker needs one per concurrent job plus maintenance. */
  poolSize?: number;
  /** Whether this process looks for expired jobs (workers do; the enqueuer need not). */
  supervise?: boolean;
  onError?: (err: Error) => void;
}

export interface Queue {
  boss: PgBoss;
  settings: QueueSettings;
  close(graceful?: boolean): Promise<void>;
}

/** Starts pg-boss on the database (creating its schema and our queue if needed). */
export async function openQueue(url: string, opts: OpenQueueOptions = {}): Promise<Queue> {
  const settings = opts.settings ?? settingsFromEnv();
  const boss = new PgBoss({
    connectionString: url,
    max: opts.poolSize ?? 4,
    application_name: 'readout-queue',
    supervise: opts.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    expireInSeconds: settings.expireInSeconds,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: settings.retryDelaySeconds > 0,
  });
  boss.on('error', (err: Error) => (opts.onError ?? defaultOnError(url))(err));
  try {
    await boss.start();
    await boss.createQueue(DOCUMENT_QUEUE, {
      name: DOCUMENT_QUEUE,
      policy: 'standard',
      expireInSeconds: settings.expireInSeconds,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: settings.retryDelaySeconds > 0,
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw dbError(`cannot open the job queue at ${redactUrl(url)}: ${oneLine(err)}`);
  }
  return {
    boss,
    settings,
    close: (graceful = true) => boss.stop({ graceful, wait: true, timeout: 1000 }),
  };
}

function defaultOnError(url: string) {
  // pg-boss reports background failures (a lost connection during maintenance) as events; say them
  // in one line and keep going: the pool reconnects and the job will be retried if it was lost.
  return (err: Error) => process.stderr.write(`readout: queue at ${redactUrl(url)}: ${oneLine(err)}\n`);
}
