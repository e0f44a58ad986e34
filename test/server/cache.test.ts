import { describe, expect, it } from 'vitest';
import { readCache } from '../../src/server/cache.js';

const text = async (p: Promise<Buffer>) => String(await p);

describe('readCache', () => {
  it('serves a hit within the TTL and recomputes after it', async () => {
    let t = 0;
    let calls = 0;
    const c = readCache(1000, 1 << 20, () => t);
    const compute = async () => ({ n: ++calls });
    expect(await text(c.get('a', compute))).toBe('{"n":1}');
    t = 999;
    expect(await text(c.get('a', compute))).toBe('{"n":1}');
    t = 1000;
    expect(await text(c.get('a', compute))).toBe('{"n":2}');
  });

  it('shares one computation among concurrent misses', async () => {
    let calls = 0;
    const c = readCache(1000);
    const compute = () => new Promise((res) => setTimeout(() => res(++calls), 5));
    const all = await Promise.all([
      text(c.get('k', compute)),
      text(c.get('k', compute)),
      text(c.get('k', compute)),
    ]);
    expect(all).toEqual(['1', '1', '1']);
    expect(calls).toBe(1);
  });

  it('forgets everything on clear, and does not keep an answer computed across a clear', async () => {
    let calls = 0;
    const c = readCache(60_000);
    let release: () => void = () => {};
    const slow = () => new Promise((res) => (release = () => res(++calls)));
    const before = text(c.get('k', slow));
    c.clear();
    release();
    expect(await before).toBe('1');
    expect(await text(c.get('k', async () => ++calls))).toBe('2');
    c.clear();
    expect(await text(c.get('k', async () => ++calls))).toBe('3');
  });

  it('does not cache failures', async () => {
    const c = readCache(60_000);
    await expect(c.get('k', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await text(c.get('k', async () => 'ok'))).toBe('"ok"');
  });

  it('stays within its byte bound, dropping the oldest first', async () => {
    const c = readCache(60_000, 25);
    let calls = 0;
    const big = async () => `${++calls}`.padEnd(10, 'x');
    await c.get('a', big);
    await c.get('b', big);
    await c.get('c', big); // a (12 bytes with quotes) is dropped to fit
    expect(await text(c.get('b', big))).toContain('2');
    expect(await text(c.get('a', big))).toContain('4');
  });

  it('with a TTL of 0 computes every time', async () => {
    let calls = 0;
    const c = readCache(0);
    await c.get('k', async () => ++calls);
    await c.get('k', async () => ++calls);
    expect(calls).toBe(2);
  });
});
