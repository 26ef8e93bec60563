// The spec's component schemas in the forms the benchmark's competitors take.
import { schemasAsDefs } from "../../spec/src/walk.js";

/** components.schemas as JSON Schema `$defs`, references rewritten, nothing else changed. */
export const jsonSchemaDefs = (specJson) => schemasAsDefs(JSON.parse(specJson).components.schemas);

/**
 * What z.fromJSONSchema gets. It reads `uri-reference` as an absolute URL and would reject the
 * relative `selfUri`s of a valid user, so that format is left unchecked for zod.
 */
export function zodInput(specJson, name) {
  const defs = JSON.parse(JSON.stringify(jsonSchemaDefs(specJson)), (_key, value) => {
    if (value?.format !== "uri-reference") return value;
    const { format: _unchecked, ...rest } = value;
    return rest;
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $defs: defs,
    $ref: `#/$defs/${name}`,
  };
}
