// What a team writes; test/hover.test.ts asks TypeScript's language service what an editor shows
// when hovering each marked name.
import { createUsersClient } from "../../src/index.js";

const client = createUsersClient({ accessToken: "token" });

export async function everyday() {
  const user = await client.users.get("6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
  const me = await client.users.me();
  const updated = await client.users.update(user.id!, { name: "Ada" });
  for await (const found of client.users.search({ query: [] })) return found;
  const { data: raw } = await client.GET("/api/v2/users/{userId}", {
    params: { path: { userId: "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" } },
  });
  return [user, me, updated, raw];
}
