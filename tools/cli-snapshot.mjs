#!/usr/bin/env node
// Every output of `cpfund` for every case in the acceptance files and
// tests/cases/, in the three languages: check (text and JSON), estimate,
// batch and rules, into one folder, so a refactoring can be shown to change
// none of it (issue 16: "byte-identical to the baseline"). Usage:
//   node tools/cli-snapshot.mjs OUT_DIR [path/to/cpfund]
// then `diff -r BEFORE AFTER`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [out, bin = 'target/debug/cpfund'] = process.argv.slice(2);
if (!out) { console.error('usage: node tools/cli-snapshot.mjs OUT_DIR [cpfund]'); process.exit(64); }
fs.mkdirSync(out, { recursive: true });
const shared = process.env.CP_SHARED_DIR || '../shared';
const files = [path.join(shared, 'acceptance/cases.json'),
  ...fs.readdirSync('tests/cases').filter((f) => f.endsWith('.json')).map((f) => path.join('tests/cases', f))];
const cases = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')).map((c) => c.case ?? c.input ?? c));
const run = (args, input) => {
  try { return execFileSync(bin, args, { input, stdio: 'pipe', maxBuffer: 1 << 30, env: { ...process.env, CPFUND_TODAY: '2026-12-01' } }).toString(); }
  catch (e) { return `exit ${e.status}\n${e.stdout}${e.stderr}`; }
};
const all = JSON.stringify(cases);
// The CSV columns: the contract's dotted names, for the fields a row can hold.
const cols = ['date', 'applicant.kind', 'applicant.br_registered', 'applicant.route', 'applicant.factory_region',
  'applicant.resident_share_mainland', 'applicant.resident_share_hk_business', 'applicant.sector', 'project.stream',
  'project.cost', 'project.technology_origin', 'history.previous_assessment', 'history.previous_assessment_completed',
  'history.recommended_measure_implemented', 'history.process_or_material_changed', 'history.pursuing_recognition'];
const get = (c, p) => p.split('.').reduce((o, k) => (o == null ? undefined : o[k]), c);
const csv = [cols.join(','), ...cases.map((c) => cols.map((p) => { const v = get(c, p); return v == null ? '' : `"${String(v).replace(/"/g, '""')}"`; }).join(','))].join('\n') + '\n';
for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
  fs.writeFileSync(path.join(out, `check-${lang}.txt`), cases.map((c) => run(['check', '-', '--lang', lang], JSON.stringify(c))).join('\n----\n'));
  fs.writeFileSync(path.join(out, `check-${lang}.json`), run(['check', '-', '--json', '--lang', lang], all));
  fs.writeFileSync(path.join(out, `batch-${lang}.csv`), run(['batch', '-', '--lang', lang], csv));
  fs.writeFileSync(path.join(out, `rules-${lang}.txt`), run(['rules', '--lang', lang]));
  const est = cases.filter((c) => c.project?.stream && c.project?.cost).map((c) => run(['estimate', '--stream', c.project.stream, '--cost', String(c.project.cost),
    '--date', c.date, ...(c.project.technology_origin ? ['--technology-origin', c.project.technology_origin] : []), '--lang', lang]));
  fs.writeFileSync(path.join(out, `estimate-${lang}.txt`), est.join('\n----\n'));
}
fs.writeFileSync(path.join(out, 'rules.json'), run(['rules', '--json']));
console.log(`${cases.length} cases, ${fs.readdirSync(out).length} files in ${out}`);
