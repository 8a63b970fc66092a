// `make dist`: the release an integrator drops in.
//
// dist/cp-funding-estimator-VERSION/ holds the widget's files (loader, glue,
// wasm, stylesheet, the three languages' texts) under
// content-hashed names (the loader rewritten to name the others and to
// carry their SRI hashes), README.txt (the embed snippet with integrity
// attributes, the CSP it needs), LICENSE and package.json (an npm package:
// exports, files, version, licence); beside it the folder as .tar.gz and
// the npm tarball (npm pack). Run after `make build-web`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { minifyModule } from './minify.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = /^version = "([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('no version in Cargo.toml');
const name = `cp-funding-estimator-${version}`;
const outDir = path.join(root, 'dist');
const out = path.join(outDir, name);

const read = (p) => {
  const f = path.join(www, p);
  if (!fs.existsSync(f)) throw new Error(`${f} not found: run make build-web first`);
  return fs.readFileSync(f);
};
const contentHash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 12);
const sri = (data) => 'sha384-' + crypto.createHash('sha384').update(data).digest('base64');
const hashed = (file, data) => {
  const ext = path.extname(file);
  return `${path.basename(file, ext)}.${contentHash(data)}${ext}`;
};
function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`the loader no longer contains ${from}: update tools/dist.mjs`);
  return text.replace(from, to);
}

const wasm = read('pkg/cp_estimator_bg.wasm');
const glue = read('pkg/cp_estimator.js');
const css = read('cp-funding-estimator.css');
const names = {
  wasm: hashed('cp_estimator_bg.wasm', wasm),
  glue: hashed('cp_estimator.js', glue),
  css: hashed('cp-funding-estimator.css', css),
};
// Each language's texts, which the loader fetches (one with the first download).
const texts = ['en', 'zh-Hant', 'zh-Hans'].map((tag) => {
  const data = read(`texts/${tag}.txt`);
  return [tag, hashed(`texts.${tag}.txt`, data), data];
});
// The loader from its source, rewritten, then minified as make build-web does.
let loader = fs.readFileSync(path.join(root, 'assets/cp-funding-estimator.js'), 'utf8');
loader = replaceOnce(loader, "'./pkg/cp_estimator.js'", `'./${names.glue}'`);
loader = replaceOnce(loader, "'pkg/cp_estimator_bg.wasm'", `'${names.wasm}'`);
loader = replaceOnce(loader, "'cp-funding-estimator.css'", `'${names.css}'`);
loader = replaceOnce(loader, 'const INTEGRITY = null;',
  `const INTEGRITY = ${JSON.stringify({
    wasm: sri(wasm), css: sri(css), texts: Object.fromEntries(texts.map(([tag, file, data]) => [tag, [file, sri(data)]])),
  })};`);
loader = await minifyModule(loader);
names.loader = hashed('cp-funding-estimator.js', loader);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const files = [[names.loader, loader], [names.glue, glue], [names.wasm, wasm], [names.css, css],
  ...texts.map(([, file, data]) => [file, data])];
for (const [file, data] of files) fs.writeFileSync(path.join(out, file), data);

const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const readme = `CP Funding Estimator ${version}
${'='.repeat(21 + version.length)}

The Cleaner Production Partnership Programme's funding estimator as a web
component. Copy this folder to your site, e.g. to /cpfe/${name}/, and put
in the page:

  <link rel="modulepreload" href="/cpfe/${name}/${names.glue}" integrity="${sri(glue)}" crossorigin="anonymous">
  <script type="module" src="/cpfe/${name}/${names.loader}" integrity="${sri(loader)}" crossorigin="anonymous"></script>

  <cp-funding-estimator lang="zh-Hant"></cp-funding-estimator>

The integrity attributes let the browser check the loader and the glue; the
loader carries the hashes of the wasm, the stylesheet and the three
languages' texts (the page's language comes with the first download, another
one when a person switches) and has the browser check them too. (No preload link for the wasm: Chromium ignores integrity
on fetch preloads and says so in the console, crbug.com/981419.)
Attributes: lang (en, zh-Hant, zh-Hans), mode (public or
staff), date (YYYY-MM-DD to pin the application date). Theming: the CSS
custom properties --cpfe-accent, --cpfe-link, --cpfe-font, --cpfe-radius on
the element (see the project's README for the limits that keep contrast).

Content Security Policy: the widget works under

  ${csp}

when the folder is on your own origin; otherwise add its origin to
script-src, style-src and connect-src. 'wasm-unsafe-eval' is required. The
widget makes no other request, sets no cookie and stores nothing.

Files (content-hashed names: serve them with a long cache lifetime;
serve .wasm as application/wasm, compressed with brotli or gzip if you can):

${files.map(([f, d]) => `  ${f}  ${d.length} bytes  ${sri(d)}`).join('\n')}

npm: \`npm install ./${name}.tgz\`, then import '${'cp-funding-estimator'}'
from your bundler; the package's main export is the loader.
`;
fs.writeFileSync(path.join(out, 'README.txt'), readme);
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
const pkg = {
  name: 'cp-funding-estimator',
  version,
  description: 'The Cleaner Production Partnership Programme funding estimator (Rust/WebAssembly web component)',
  license: 'MIT',
  type: 'module',
  main: `./${names.loader}`,
  module: `./${names.loader}`,
  exports: {
    '.': `./${names.loader}`,
    './cp-funding-estimator.css': `./${names.css}`,
    './package.json': './package.json',
  },
  files: [...files.map(([f]) => f), 'README.txt', 'LICENSE'],
  sideEffects: true,
};
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');

// The folder as a tarball, and the npm package.
const tgz = path.join(outDir, `${name}.tar.gz`);
fs.rmSync(tgz, { force: true });
execFileSync('tar', ['-czf', tgz, '-C', outDir, name]);
execFileSync('npm', ['pack', out, '--pack-destination', outDir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const npmTgz = path.join(outDir, `${name}.tgz`);
if (!fs.existsSync(npmTgz)) throw new Error(`npm pack did not write ${npmTgz}`);
console.log(`dist: ${path.relative(root, out)}/ (${files.map(([f]) => f).join(', ')}), ${path.relative(root, tgz)}, ${path.relative(root, npmTgz)}`);
