// A short-lived cache of read answers, as serialised JSON. Reads repeat (a page reloads, many
// readers look at the same pair) and a timeline page costs the database far more than a Map hit.
// Writes through this server clear it at once; writes by other processes (ingest, workers) show
// within `ttlMs`. Concurrent misses for one key share one computation.

export interface ReadCache {
  get(key: string, compute: () => Promise<unknown>): Promise<Buffer>;
  clear(): void;
}

/** Bounded by total size (a timeline page of 1000 events is near a megabyte), oldest out first. */
export function readCache(
  ttlMs: number,
  maxBytes = 64 * 1024 * 1024,
  now: () => number = Date.now,
): ReadCache {
  const entries = new Map<string, { body: Buffer; at: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) bytes -= e.body.length;
    entries.delete(key);
  };
  const pending = new Map<string, Promise<Buffer>>();
  let generation = 0;
  return {
    async get(key, compute) {
      if (ttlMs <= 0) return Buffer.from(JSON.stringify(await compute()));
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.body;
      const running = pending.get(key);
      if (running) return running;
      const started = generation;
      const p = compute()
        .then((value) => {
          // Kept as bytes: a hit then costs no re-encoding of a page that may be a megabyte.
          const body = Buffer.from(JSON.stringify(value));
          // An answer computed across a write may be stale: serve it once, do not keep it.
          if (started === generation && body.length <= maxBytes) {
            drop(key);
            entries.set(key, { body, at: now() });
            bytes += body.length;
            while (bytes > maxBytes) drop(entries.keys().next().value as string);
          }
          return body;
        })
        .finally(() => pending.delete(key));
      pending.set(key, p);
      return p;
    },
    clear() {
      generation++;
      entries.clear();
      bytes = 0;
      pending.clear();
    },
  };
}
