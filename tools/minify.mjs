// Minifies what the browser downloads: JavaScript modules with terser (the
// loader, assets/cp-funding-estimator.js → www/, and wasm-bindgen's glue in
// place), stylesheets with csso (assets/cp-funding-estimator.css → www/).
// make build-web runs it; tools/dist.mjs minifies its rewritten loader the
// same way. Export names, strings and import.meta stay as they are.
// Usage: node tools/minify.mjs IN OUT [IN OUT …]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { minify as minifyCss } from 'csso';

export async function minifyModule(code) {
  const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.length % 2) {
    console.error('usage: node tools/minify.mjs IN OUT [IN OUT …]');
    process.exit(2);
  }
  for (let i = 0; i < args.length; i += 2) {
    const code = fs.readFileSync(args[i], 'utf8');
    const small = args[i].endsWith('.css') ? minifyCss(code).css : await minifyModule(code);
    fs.writeFileSync(args[i + 1], small);
    console.log(`minify: ${args[i]} (${code.length} B) → ${args[i + 1]} (${small.length} B)`);
  }
}
