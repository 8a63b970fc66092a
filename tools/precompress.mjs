// Writes NAME.br (brotli, quality 11) and NAME.gz (gzip, level 9) beside
// every file a browser downloads under the given folder, as a CDN would
// serve them; cp-serve (tower-http's ServeDir) picks one by Accept-Encoding.
// Stale .br/.gz files (source gone or newer) are removed or rewritten.
// Usage: node tools/precompress.mjs www [dist/…]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt', '.md']);

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node tools/precompress.mjs DIR [DIR…]');
  process.exit(2);
}
for (const dir of dirs) {
  if (!fs.existsSync(dir)) {
    console.error(`precompress: ${dir}: no such folder`);
    process.exit(1);
  }
  let written = 0;
  for (const file of [...files(dir)]) {
    const ext = path.extname(file);
    if (ext === '.br' || ext === '.gz') {
      const source = file.slice(0, -ext.length);
      if (!fs.existsSync(source)) fs.rmSync(file);
      continue;
    }
    if (!COMPRESSIBLE.has(ext)) continue;
    const data = fs.readFileSync(file);
    const variants = [
      ['.br', () => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } })],
      ['.gz', () => zlib.gzipSync(data, { level: 9 })],
    ];
    for (const [suffix, compress] of variants) {
      const out = file + suffix;
      if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= fs.statSync(file).mtimeMs) continue;
      const packed = compress();
      // Only where it helps: a variant no smaller than the file is not kept.
      if (packed.length < data.length) {
        fs.writeFileSync(out, packed);
        written++;
      } else if (fs.existsSync(out)) fs.rmSync(out);
    }
  }
  console.log(`precompress: ${dir}: ${written} files written`);
}
