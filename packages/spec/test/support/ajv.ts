// An Ajv (JSON Schema 2020-12) instance holding every component schema of the bundle, strict,
// reporting all errors and checking formats. OpenAPI's own schema keywords are allowed as
// annotations; `#/components/schemas/X` references become `#/$defs/X` of one schema document.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { schemasAsDefs, type SchemaObject } from "../../src/walk.js";
import { isObject, type Json, type JsonObject } from "./json.js";
import { componentSchemas } from "./repo.js";

const addFormats = formats.default;
const schemaId = "https://users-api.example/components.json";
/** Keywords OpenAPI 3.1 adds to JSON Schema (`discriminator` has its own Ajv option). */
const openApiKeywords = ["example", "externalDocs", "xml"];

function extensionKeywords(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => extensionKeywords(item, found));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

export interface ComponentValidators {
  names: string[];
  validator(name: string): ValidateFunction;
}

export function componentValidators(document: JsonObject): ComponentValidators {
  const schemas = componentSchemas(document);
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  addFormats(ajv);
  ajv.addVocabulary([...openApiKeywords, ...extensionKeywords(schemas)]);
  ajv.addSchema({ $id: schemaId, $defs: schemasAsDefs(schemas as Record<string, SchemaObject>) });
  return {
    names: Object.keys(schemas),
    validator(name) {
      const validate = ajv.getSchema(`${schemaId}#/$defs/${name}`);
      if (!validate) throw new Error(`no component schema ${name}`);
      return validate;
    },
  };
}
