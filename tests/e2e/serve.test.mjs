// What `make serve` and these tests are served by (cp-serve): the widget's
// files pre-compressed, with the headers a CDN would send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, www } from './harness.mjs';

let server, origin;
before(async () => { ({ server, origin } = await serve()); });
after(() => server?.close());

function get(url, encoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

test('the wasm comes brotli-compressed (or gzip), as application/wasm, with the CSP', async () => {
  const plain = fs.readFileSync(path.join(www, 'pkg/cp_estimator_bg.wasm'));
  const br = await get(`${origin}/pkg/cp_estimator_bg.wasm`, 'gzip, deflate, br');
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-security-policy'], CSP);
  assert.match(br.headers.vary, /accept-encoding/i);
  assert.ok(br.body.length < plain.length / 2, `${br.body.length} B sent for ${plain.length} B`);
  assert.deepEqual(zlib.brotliDecompressSync(br.body), plain, 'the pre-compressed file is the current build');
  const gz = await get(`${origin}/pkg/cp_estimator_bg.wasm`, 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(zlib.gunzipSync(gz.body), plain);
  const none = await get(`${origin}/pkg/cp_estimator_bg.wasm`, 'identity');
  assert.equal(none.headers['content-encoding'], undefined);
  assert.deepEqual(none.body, plain);
});

test('pages are revalidated, not cached blindly; every response carries the CSP', async () => {
  for (const file of ['/', '/index.html', '/zh-hant.html', '/cp-funding-estimator.js', '/cp-funding-estimator.css']) {
    const r = await get(origin + file, 'br');
    assert.equal(r.status, 200, file);
    assert.equal(r.headers['cache-control'], 'no-cache', file);
    assert.equal(r.headers['content-security-policy'], CSP, file);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', file);
  }
  const missing = await get(`${origin}/nothing-here.js`, 'br');
  assert.equal(missing.status, 404);
});
