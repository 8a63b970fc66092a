// The build's own tools, on small inputs: tools/short-imports.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameImports, renameInGlue, shortName } from '../../tools/short-imports.mjs';

// A module importing two functions, a memory and a global, and exporting a function that calls the first.
const str = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];
const MODULE = Uint8Array.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, [1, 0x60, 0, 1, 0x7f]), // type 0: () -> i32
  ...section(2, [4,
    ...str('./m_bg.js'), ...str('__wbg_now_0123456789abcdef'), 0, 0,
    ...str('./m_bg.js'), ...str('__wbg_get_fedcba9876543210'), 0, 0,
    ...str('env'), ...str('memory'), 2, 1, 1, 2,
    ...str('./m_bg.js'), ...str('__wbindgen_flag'), 3, 0x7f, 0,
  ]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...str('run'), 0, 2]),
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]), // run: call 0
]);

test('short-imports renames every import, in the wasm and in the glue, and keeps the module working', () => {
  const [renamed, names] = renameImports(MODULE);
  assert.deepEqual([...names], [
    ['__wbg_now_0123456789abcdef', 'a'], ['__wbg_get_fedcba9876543210', 'b'], ['memory', 'c'], ['__wbindgen_flag', 'd'],
  ]);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(renamed));
  assert.deepEqual(imports.map((i) => [i.module, i.name, i.kind]), [
    ['./m_bg.js', 'a', 'function'], ['./m_bg.js', 'b', 'function'], ['env', 'c', 'memory'], ['./m_bg.js', 'd', 'global'],
  ]);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(renamed), {
    './m_bg.js': { a: () => 42, b: () => 0, d: 7 },
    env: { c: new WebAssembly.Memory({ initial: 1, maximum: 2 }) },
  });
  assert.equal(instance.exports.run(), 42, 'the code calls the same import');
  const glue = 'const i={__wbg_now_0123456789abcdef:function(){return Date.now()},__wbg_get_fedcba9876543210:(o)=>o.x,memory:m,__wbindgen_flag:1};';
  assert.equal(renameInGlue(glue, names), 'const i={a:function(){return Date.now()},b:(o)=>o.x,c:m,d:1};');
  // A glue that does not name an import exactly once is refused, not half renamed.
  assert.throws(() => renameInGlue(glue.replace('memory:m,', ''), names), /names the import memory 0 times/);
  assert.throws(() => renameInGlue(`${glue}__wbg_get_fedcba9876543210();`, names), /2 times/);
  assert.throws(() => renameImports(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])), /not a wasm module/);
});

test('short names are distinct and short', () => {
  const all = Array.from({ length: 800 }, (_, n) => shortName(n));
  assert.equal(new Set(all).size, 800);
  assert.deepEqual([all[0], all[25], all[26], all[27], all[701], all[702]], ['a', 'z', 'aa', 'ab', 'zz', 'aaa']);
});
