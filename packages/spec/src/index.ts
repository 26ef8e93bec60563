import type { OpenAPIV3_1 } from "openapi-types";
import bundled from "./generated/openapi.json" with { type: "json" };

/** The OpenAPI 3.1 document of the Users API, with every `$ref` bundled into one file. */
export type UsersApiDocument = OpenAPIV3_1.Document;

/** The bundled Users API spec, parsed. */
const document = bundled as unknown as UsersApiDocument;

export default document;
