// The default export is typed as an OpenAPI 3.1 document (checked by `vitest --typecheck`).
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";
import { expectTypeOf, test } from "vitest";
import spec, { type UsersApiDocument } from "@users-api/spec";

test("the default export is an OpenAPIV3_1.Document", () => {
  expectTypeOf(spec).toEqualTypeOf<OpenAPIV3_1.Document>();
  expectTypeOf<UsersApiDocument>().toEqualTypeOf<OpenAPIV3_1.Document>();
  // @ts-expect-error an OpenAPI 3.0 document is a different type
  expectTypeOf(spec).toEqualTypeOf<OpenAPIV3.Document>();
});

test("the document's parts have their OpenAPI 3.1 types", () => {
  expectTypeOf(spec.info).toEqualTypeOf<OpenAPIV3_1.InfoObject>();
  expectTypeOf(spec.paths).toEqualTypeOf<OpenAPIV3_1.PathsObject | undefined>();
});
