// Ajv's `standaloneCode(ajv, exports)` for an ES module with many exports, in linear time
// (`standaloneModule`), and the same code split into one module per definition
// (`standaloneModules`, what the generator uses).
//
// Ajv 8.20 appends each export to one code object (`code = _\`${code}...\``), which copies every
// piece emitted so far and spreads them as call arguments: quadratic time, and "Maximum call
// stack size exceeded" once a spec has some thousands of schemas. This emits the same text
// (test/standalone-module.test.ts checks it against Ajv's), turning each export's code into a
// string once and joining them at the end. Like Ajv's standalone module, it reads Ajv's internal
// codegen scope, so it is tied to the exact Ajv version this package pins.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { _, _Code, nil, getEsmExportName } = require("ajv/dist/compile/codegen/code");
const { UsedValueState, varKinds } = require("ajv/dist/compile/codegen/scope");

/**
 * ES module source (Ajv's `"use strict";` prologue and `require`s included) exporting, for
 * each `[exportName, schemaId]` of `exports`, the validator Ajv compiled for `schemaId`; the
 * validators they call are emitted once each, before first use.
 */
export function standaloneModule(ajv, exports) {
  if (!ajv.opts.code.source || !ajv.opts.code.esm) {
    throw new Error("standaloneModule: the Ajv instance needs code.source and code.esm");
  }
  const { _n } = ajv.scope.opts;
  const usedValues = {};
  const usedState = (name) => usedValues[name.prefix]?.get(name);
  const setUsedState = (name, state) => {
    (usedValues[name.prefix] ??= new Map()).set(name, state);
  };

  function validateCode(source) {
    if (!source) throw new Error('standaloneModule: a validator has no "source" property');
    if (usedState(source.validateName) === UsedValueState.Completed) return nil;
    setUsedState(source.validateName, UsedValueState.Started);
    const scopeCode = ajv.scope.scopeCode(source.scopeValues, usedValues, referencedCode);
    const code = new _Code(`${scopeCode}${_n}${source.validateCode}`);
    return source.evaluated
      ? _`${code}${source.validateName}.evaluated = ${source.evaluated};${_n}`
      : code;
  }

  // The code of a validator that another one calls, by name or through a wrapper object.
  function referencedCode(name) {
    const ref = name.value?.ref;
    if (name.prefix === "validate" && typeof ref == "function") return validateCode(ref.source);
    if ((name.prefix === "root" || name.prefix === "wrapper") && typeof ref == "object") {
      const { validate, validateName } = ref;
      if (!validateName) throw new Error("standaloneModule: a wrapper has no validateName");
      const def = ajv.opts.code.es5 ? varKinds.var : varKinds.const;
      const wrapper = _`${def} ${name} = {validate: ${validateName}};`;
      if (usedState(validateName) === UsedValueState.Started) return wrapper;
      return _`${wrapper}${_n}${validateCode(validate?.source)}`;
    }
    return undefined;
  }

  const parts = ['"use strict";'];
  for (const [exportName, schemaId] of Object.entries(exports)) {
    const validate = ajv.getSchema(schemaId);
    if (!validate) throw new Error(`standaloneModule: no schema with id ${schemaId}`);
    const code = validateCode(validate.source);
    parts.push(
      `${_n}export const ${getEsmExportName(exportName)} = ${validate.source.validateName};${_n}${code}`,
    );
  }
  return parts.join("");
}

/**
 * One ES module per definition instead of one for all: `{ [defName]: source }`, each exporting
 * `exportName(defName)` (the definition's compiled validator) and importing the modules of the
 * definitions it references, so the module graph is the schema graph. Recursive definitions make
 * cycles, which ES modules allow: every cross-module binding is a function declaration (hoisted,
 * so usable before its module has run, e.g. in a `wrapper = {validate}` object) and validators
 * are only called after everything has loaded. Functions Ajv compiles for inline parts of a
 * definition stay private to the module that uses them. The sources start with Ajv's prologue
 * and `require`s, like `standaloneModule`'s; each imports a definition's validator from
 * `./${fileFor(defName)}.js`.
 */
export function standaloneModules(ajv, schemaIds, exportName, fileFor) {
  if (!ajv.opts.code.source || !ajv.opts.code.esm) {
    throw new Error("standaloneModules: the Ajv instance needs code.source and code.esm");
  }
  const { _n } = ajv.scope.opts;
  // Each definition by its schema object: Ajv compiles a definition that is reached through a
  // `$ref` apart from the one `getSchema` returns, but both are the same code for the same
  // schema, so any validator of another definition's schema is imported from its module.
  const definitionOf = new Map();
  for (const [defName, schemaId] of Object.entries(schemaIds)) {
    const validate = ajv.getSchema(schemaId);
    if (!validate) throw new Error(`standaloneModules: no schema with id ${schemaId}`);
    definitionOf.set(validate.schema, defName);
  }

  const modules = {};
  for (const [defName, schemaId] of Object.entries(schemaIds)) {
    const root = ajv.getSchema(schemaId);
    const usedValues = {};
    const imports = new Map();
    const usedState = (name) => usedValues[name.prefix]?.get(name);
    const setUsedState = (name, state) => {
      (usedValues[name.prefix] ??= new Map()).set(name, state);
    };
    // A validator of another definition is imported, not emitted here.
    const importedFrom = (validate) => {
      const other = definitionOf.get(validate?.schema);
      if (other === undefined || other === defName) return undefined;
      imports.set(`${validate.source.validateName}`, other);
      return other;
    };

    const validateCode = (source) => {
      if (!source) throw new Error('standaloneModules: a validator has no "source" property');
      if (usedState(source.validateName) === UsedValueState.Completed) return nil;
      setUsedState(source.validateName, UsedValueState.Started);
      const scopeCode = ajv.scope.scopeCode(source.scopeValues, usedValues, referencedCode);
      const code = new _Code(`${scopeCode}${_n}${source.validateCode}`);
      return source.evaluated
        ? _`${code}${source.validateName}.evaluated = ${source.evaluated};${_n}`
        : code;
    };

    function referencedCode(name) {
      const ref = name.value?.ref;
      if (name.prefix === "validate" && typeof ref == "function") {
        if (importedFrom(ref) !== undefined) return nil;
        return validateCode(ref.source);
      }
      if ((name.prefix === "root" || name.prefix === "wrapper") && typeof ref == "object") {
        const { validate, validateName } = ref;
        if (!validateName) throw new Error("standaloneModules: a wrapper has no validateName");
        const def = ajv.opts.code.es5 ? varKinds.var : varKinds.const;
        const wrapper = _`${def} ${name} = {validate: ${validateName}};`;
        if (importedFrom(validate) !== undefined) return wrapper;
        if (usedState(validateName) === UsedValueState.Started) return wrapper;
        return _`${wrapper}${_n}${validateCode(validate?.source)}`;
      }
      return undefined;
    }

    const code = `${validateCode(root.source)}`;
    const importLines = [...imports]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([local, other]) =>
          `import { ${getEsmExportName(exportName(other))} as ${local} } from "./${fileFor(other)}.js";`,
      );
    modules[defName] = [
      '"use strict";',
      ...importLines,
      `export { ${root.source.validateName} as ${getEsmExportName(exportName(defName))} };`,
      code,
    ].join(_n);
  }
  return modules;
}
