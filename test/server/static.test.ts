import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server, tempRecord, type TempRecord } from './helpers.js';

let rec: TempRecord;
let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'readout-static-'));
  mkdirSync(join(root, 'www', 'assets'), { recursive: true });
  writeFileSync(join(root, 'www', 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'www', 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  rec = await tempRecord();
  app = await server(rec.store, { webRoot: join(root, 'www') });
});
afterAll(async () => {
  await app.close();
  await rec.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('the built page', () => {
  it('serves index.html at / and hashed assets with a long cache life', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    const js = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.headers['cache-control']).toContain('immutable');
  });

  it.each([
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/secret.txt',
    '/assets/',
  ])('never reads outside the build: %s is a 404', async (url) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('do not serve');
  });

  it('says how to build the page when it is missing', async () => {
    const bare = await server(rec.store, { webRoot: join(root, 'nothing-here') });
    const r = await bare.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toContain('npm run build');
    await bare.close();
  });
});
