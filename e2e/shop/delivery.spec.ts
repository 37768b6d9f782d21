import { test, expect } from '../fixtures/test';

// How the server delivers the app: security headers, types, caching and compression.

test('the document has a strict CSP and security headers', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['cache-control']).toBe('no-cache');
});

test('hashed assets are long-lived, wasm has its MIME type and is compressed', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const wasmPath = /module_or_path: '([^']+\.wasm)'/.exec(html)![1];
  const wasm = await request.get(wasmPath, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(wasm.headers()['cache-control']).toContain('immutable');
  expect(wasm.headers()['content-encoding']).toBe('br');
});

test('client routes get the app, missing files and API routes do not get HTML', async ({ request }) => {
  const deep = await request.get('/p/1');
  expect(deep.headers()['content-type']).toContain('text/html');
  const missing = await request.get('/missing.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type'] ?? '').not.toContain('text/html');
  const api = await request.get('/api/does-not-exist');
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe('not_found');
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(await robots.text()).toContain('User-agent');
});
