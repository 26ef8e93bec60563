// Compiles the definitions ahead of time with Ajv's standalone code generator and turns the
// output into a plain ES module: the `require` calls Ajv emits for formats and its runtime
// helpers become imports, and Ajv 2020's bookkeeping for `unevaluated*` keywords, which this
// spec never uses, is removed so that bundlers can drop the validators a consumer does not use.
// The module is written one statement per line (Ajv's `code.lines`) and is not run through
// prettier: Ajv's output is deterministic already, and formatting it costs most of the time and
// memory of generating a large spec.
import { createRequire } from "node:module";
import { standaloneModule, standaloneModules } from "./standalone-module.mjs";

const require = createRequire(import.meta.url);
const { _ } = require("ajv");
const Ajv2020 = require("ajv/dist/2020").default;

export const SCHEMA_ID = "https://schemas.users-api.example/components.json";

/** How each supported `format` is checked at run time: the export of `src/formats.ts`. */
export const FORMATS = {
  date: { exportName: "date", type: "string" },
  "date-time": { exportName: "dateTime", type: "string" },
  uri: { exportName: "uri", type: "string" },
  "uri-reference": { exportName: "uriReference", type: "string" },
  int32: { exportName: "int32", type: "number" },
  int64: { exportName: "int64", type: "number" },
  double: { exportName: "double", type: "number" },
};

const FORMATS_MODULE = "@users-api/validators-formats";

function addFormats(ajv, names) {
  for (const name of names) {
    const format = FORMATS[name];
    if (!format)
      throw new Error(
        `format "${name}" has no run-time check; add it to FORMATS and src/formats.ts`,
      );
    // Only the shape matters here: the generated code calls the imported check.
    const check = () => true;
    ajv.addFormat(name, format.type === "string" ? check : { type: format.type, validate: check });
  }
}

/** The generated validator's export name for a definition (ajv/validators.js, allErrors). */
export function compiledName(name) {
  return `compiled${name}`;
}

/** The fail-fast validator's export name for a definition (ajv/guards.js, used by `isX`). */
export function guardName(name) {
  return `guard${name}`;
}

/**
 * Ajv's output as an ES module; `up` is the way from the module's folder to
 * `src/generated/ajv/` ("" for a module there, "../" for one in a subfolder).
 */
function toEsModule(code, up = "") {
  const imports = [];
  let esm = code
    .replace(
      new RegExp(
        `const (formats\\d+) = require\\("${FORMATS_MODULE}"\\)(?:\\.([\\w$]+)|\\["([^"]+)"\\]);\n?`,
        "g",
      ),
      (_match, local, dotted, quoted) => {
        imports.push(
          `import { ${FORMATS[dotted ?? quoted].exportName} as ${local} } from "${up}../../formats.js";`,
        );
        return "";
      },
    )
    .replace(
      /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;\n?/g,
      (_match, local) => {
        imports.push(`import { ucs2length as ${local} } from "${up || "./"}ucs2length.js";`);
        return "";
      },
    )
    .replace(
      /const evaluated0 = validate\d+\.evaluated;\s*if\(evaluated0\.dynamicProps\)\{\s*evaluated0\.props = undefined;\s*\}\s*if\(evaluated0\.dynamicItems\)\{\s*evaluated0\.items = undefined;\s*\}\n?/g,
      "",
    )
    // Ajv collects a callee's errors with `concat`, which copies every error so far for each
    // failing item: quadratic in the number of bad items. Appending keeps it linear.
    .replace(
      /vErrors = vErrors === null \? ((?:validate|wrapper)\d+(?:\.validate)?)\.errors : vErrors\.concat\(\1\.errors\);/g,
      "if(vErrors === null){vErrors = $1.errors;} else {for(const e of $1.errors){vErrors.push(e);}}",
    )
    .replace(/(validate\d+)\.evaluated = (\{[^;]*\});\n?/g, (match, _fn, literal) => {
      const evaluated = JSON.parse(literal);
      if (evaluated.dynamicProps || evaluated.dynamicItems)
        throw new Error(`dynamic evaluation needed: ${match}`);
      return "";
    });
  for (const leftover of ["require(", "evaluated", "eval(", "new Function", ".concat("]) {
    if (esm.includes(leftover)) throw new Error(`generated validators still contain "${leftover}"`);
  }
  esm = esm.replace(/^"use strict";\n*/, "").replace(/\n{3,}/g, "\n\n");
  const importLines = [...new Set(imports)].join("\n");
  return `${importLines === "" ? "" : `${importLines}\n\n`}${esm.trimEnd()}\n`;
}

/**
 * An Ajv instance holding `defs` (under `SCHEMA_ID`), set up to emit standalone code that
 * collects every error (`allErrors`, the default) or stops at the first one.
 */
export function createAjv(defs, formats, { allErrors = true } = {}) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors,
    // Messages come from src/issues.ts.
    messages: false,
    // OpenAPI's `discriminator` keyword, should the spec start using it.
    discriminator: true,
    code: {
      source: true,
      esm: true,
      optimize: true,
      lines: true,
      formats: _`require(${FORMATS_MODULE})`,
    },
  });
  addFormats(ajv, formats);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: defs });
  return ajv;
}

/** `{ compiled<Name>: schemaId }` (or another `exportName`) for each of `exportedNames`. */
export function compiledExports(exportedNames, exportName = compiledName) {
  return Object.fromEntries(
    exportedNames.map((name) => [exportName(name), `${SCHEMA_ID}#/$defs/${name}`]),
  );
}

/**
 * ES module source exporting `compiled<Name>` for each of `exportedNames`; the definitions
 * they reference are compiled too, as module-private functions. With `{ allErrors: false }`
 * (and `exportName: guardName`) it is the fail-fast variant that `isX` uses.
 */
export function compileStandalone(
  defs,
  formats,
  exportedNames,
  { allErrors = true, exportName = compiledName } = {},
) {
  const ajv = createAjv(defs, formats, { allErrors });
  return toEsModule(standaloneModule(ajv, compiledExports(exportedNames, exportName)));
}

/**
 * One ES module per definition (`{ [defName]: source }`, see `standaloneModules`): each exports
 * `exportName(defName)` and imports the modules of the definitions it references, found in the
 * same folder as `${fileFor(defName)}.js`. The modules go in a subfolder of `src/generated/ajv/`.
 */
export function compileStandaloneModules(
  defs,
  formats,
  { allErrors = true, exportName = compiledName, fileFor },
) {
  const ajv = createAjv(defs, formats, { allErrors });
  const schemaIds = Object.fromEntries(
    Object.keys(defs).map((name) => [name, `${SCHEMA_ID}#/$defs/${name}`]),
  );
  const modules = standaloneModules(ajv, schemaIds, exportName, fileFor);
  return Object.fromEntries(
    Object.entries(modules).map(([name, code]) => [name, toEsModule(code, "../")]),
  );
}
