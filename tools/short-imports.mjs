// Gives the wasm's imports short names, in the wasm and in wasm-bindgen's
// glue alike. wasm-bindgen names each import after the function and a hash
// of 16 hex digits (`__wbg_cache_key_b632302705d13aa5`): about ninety of
// them, written in both files, where random digits hardly compress (about
// 1 KB of the brotli download; BENCHMARKS.md). Each becomes `a`, `b`, …,
// `aa`, … in the import section, and the glue's object of imports uses the
// same names. Nothing else changes: the module name, the exports, the code.
// make build-web runs it after wasm-pack, before the glue is minified.
// Usage: node tools/short-imports.mjs pkg/NAME_bg.wasm pkg/NAME.js
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

function leb(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}

function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const text = (bytes, at) => {
  const [len, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
};
const encoded = (s) => {
  const b = new TextEncoder().encode(s);
  return [...uleb(b.length), ...b];
};

// The n-th short name: a…z, then aa, ab, … (valid JavaScript property names).
export function shortName(n) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

// The wasm with its imports renamed, and the names given: [bytes, Map old → new].
export function renameImports(wasm) {
  if (wasm.length < 8 || wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) {
    throw new Error('not a wasm module');
  }
  const names = new Map();
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    // The import section: module, field, then the import's kind and type.
    let [count, p] = leb(wasm, start);
    const body = [...uleb(count)];
    while (count--) {
      let module, field;
      [module, p] = text(wasm, p);
      [field, p] = text(wasm, p);
      const descStart = p;
      const kind = wasm[p++];
      if (kind === 0) [, p] = leb(wasm, p); // function: type index
      else if (kind === 1) { p++; const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); } // table
      else if (kind === 2) { const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); } // memory
      else if (kind === 3) p += 2; // global: type, mutability
      else if (kind === 4) { p++; [, p] = leb(wasm, p); } // tag
      else throw new Error(`unknown import kind ${kind}`);
      if (!names.has(field)) names.set(field, shortName(names.size));
      body.push(...encoded(module), ...encoded(names.get(field)), ...wasm.subarray(descStart, p));
    }
    if (p !== end) throw new Error('the import section did not parse to its end');
    out.push(Uint8Array.from([2, ...uleb(body.length), ...body]));
    at = end;
  }
  return [Buffer.concat(out), names];
}

// The glue with each import's name replaced, exactly where it is a whole name.
export function renameInGlue(glue, names) {
  let result = glue;
  for (const [old, short] of names) {
    const re = new RegExp(`(?<![\\w$])${old.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = result.match(re)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names the import ${old} ${found} times, not once`);
    result = result.replace(re, short);
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wasmFile, glueFile] = process.argv.slice(2);
  if (!wasmFile || !glueFile) {
    console.error('usage: node tools/short-imports.mjs pkg/NAME_bg.wasm pkg/NAME.js');
    process.exit(2);
  }
  const wasm = fs.readFileSync(wasmFile);
  const [renamed, names] = renameImports(wasm);
  const glue = renameInGlue(fs.readFileSync(glueFile, 'utf8'), names);
  fs.writeFileSync(wasmFile, renamed);
  fs.writeFileSync(glueFile, glue);
  console.log(`short-imports: ${names.size} imports renamed; ${wasmFile} ${wasm.length} → ${renamed.length} B`);
}
