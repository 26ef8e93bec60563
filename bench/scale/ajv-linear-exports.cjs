// Preloaded (node --require) into the validators generator by bench/scale.mjs when Ajv 8.20's
// standaloneCode fails on a large spec. Ajv's multiExportsCode appends each export with
// `code = _\`${code}...\``, which copies every item emitted so far (quadratic) and spreads them
// as call arguments (`push(...items)`): past some size it throws "Maximum call stack size
// exceeded". This rewrites that loop to collect the parts in a list and join them once: the
// output is byte-identical (checked at N = 1, 10, 20, 40), and the time linear.
// USERS_API_AJV_FROM names the package folder whose `ajv` the generator loads.
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname, join } = require("node:path");

const from = process.env.USERS_API_AJV_FROM;
if (!from) throw new Error("USERS_API_AJV_FROM is not set");
const file = Module.createRequire(join(from, "package.json")).resolve("ajv/dist/standalone");
const source = readFileSync(file, "utf8");
const patched = source
  .replace('let code = (0, code_1._) `"use strict";`;', "const parts = ['\"use strict\";'];")
  .replace(
    "code = (0, code_1._) `${code}${_n}${exportSyntax} = ",
    "parts.push(`${_n}${exportSyntax} = ",
  )
  .replace(
    /(\.validateName\};\$\{_n\}\$\{vCode\}`)(;\s*\}\s*\}\s*)return `\$\{code\}`;/,
    '$1)$2return parts.join("");',
  );
if ((patched.match(/parts\./g) ?? []).length !== 2 || patched.includes("return `${code}`")) {
  throw new Error(`ajv-linear-exports: ${file} is not the Ajv 8.20 code this patch expects`);
}
const patchedModule = new Module(file, null);
patchedModule.filename = file;
patchedModule.paths = Module._nodeModulePaths(dirname(file));
patchedModule._compile(patched, file);
require.cache[file] = patchedModule;
patchedModule.loaded = true;
