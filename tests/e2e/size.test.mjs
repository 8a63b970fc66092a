// The download budget: wasm + JS + CSS + one language's texts, brotli-compressed (quality 11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { www } from './harness.mjs';

// Issue 3 set 130 KB; issues 10 and 11 let the guard rise by what their
// changes measured (to 125,443 B). Issue 12 set the target the guard now
// holds: 102,400 B for the first download, with one language's texts (the
// heaviest), reached by panics as traps, one language per download,
// attributes instead of Yew's Classes, wasm-opt passes and minified JS and
// CSS (BENCHMARKS.md, step by step). Any growth is a decision, not a drift:
// issue 32's answers at the edges measured 103,497 B, 1,097 B over the
// target. Issue 33 dropped the ceiling chart (its words were the ceiling
// sentence's) and added what a screen reader hears: 102,971 B, 571 B over,
// then 102,890 B ("Issue 33" in BENCHMARKS.md); the guard holds the first
// of those, rounded up, until the target is met. No variable raises it: a change that needs more
// is a decision, written here and in BENCHMARKS.md.
export const TARGET_BYTES = 102400;
export const BUDGET_BYTES = 103000;
const FILES = ['pkg/cp_estimator_bg.wasm', 'pkg/cp_estimator.js', 'cp-funding-estimator.js', 'cp-funding-estimator.css'];
// The first download carries one language's texts: the heaviest counts.
const TEXTS = ['texts/en.txt', 'texts/zh-Hant.txt', 'texts/zh-Hans.txt'];

export function sizes() {
  const [heaviest] = TEXTS.map(measure).sort((a, b) => b.brotli - a.brotli);
  return [...FILES.map(measure), heaviest];
}

function measure(f) {
  const data = fs.readFileSync(path.join(www, f));
  const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = zlib.gzipSync(data, { level: 9 }).length;
  return { file: f, raw: data.length, gzip: gz, brotli: br };
}

test(`wasm + JS + CSS + one language's texts stay within ${BUDGET_BYTES} bytes brotli`, () => {
  const s = sizes();
  const total = s.reduce((n, x) => n + x.brotli, 0);
  for (const x of s) console.log(`${x.file.padEnd(28)} raw ${String(x.raw).padStart(7)}  gzip ${String(x.gzip).padStart(7)}  brotli ${String(x.brotli).padStart(7)}`);
  console.log(`total brotli ${total} bytes (${(total / 1024).toFixed(1)} KB), budget ${BUDGET_BYTES}, target ${TARGET_BYTES} (${total > TARGET_BYTES ? `${total - TARGET_BYTES} B over` : 'met'})`);
  assert.ok(total <= BUDGET_BYTES, `download ${total} B brotli exceeds the budget of ${BUDGET_BYTES} B`);
});

// wasm-bindgen's import names carry 16 hex digits each, in the wasm and the
// glue: the build shortens them (tools/short-imports.mjs; about 2 KB brotli).
test('the wasm imports by short names, which the glue provides', () => {
  const wasm = fs.readFileSync(path.join(www, 'pkg/cp_estimator_bg.wasm'));
  const names = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.name);
  assert.ok(names.length > 50 && names.every((n) => /^[a-z]{1,2}$/.test(n)), names.join(' '));
  const glue = fs.readFileSync(path.join(www, 'pkg/cp_estimator.js'), 'utf8');
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/);
});
