// Ajv's `standaloneCode(ajv, exports)` for an ES module with many exports, in linear time.
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
