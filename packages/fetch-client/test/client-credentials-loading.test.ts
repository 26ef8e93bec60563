import { afterEach, describe, expect, it, vi } from "vitest";
import { user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer } from "./helpers/server.js";

const credentials = { clientId: "client-id-1", clientSecret: "s3cr3t-client-secret" };

afterEach(() => {
  vi.doUnmock("../src/client-credentials.js");
  vi.resetModules();
});

describe("the client-credentials grant, loaded with the first token", () => {
  it("fails a call with a UsersApiAuthError when its code cannot load, and loads it again with the next call", async () => {
    // What a browser or a bundler's chunk loader does when the network drops.
    vi.resetModules();
    vi.doMock("../src/client-credentials.js", () => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    const { createUsersClient, UsersApiAuthError } = await import("../src/index.js");
    const server = await startServer();
    server.route("POST", "/oauth/token", { json: { access_token: "token-1", expires_in: 3600 } });
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}/oauth/token` },
    });
    const error = await client.users.get(USER_ID).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UsersApiAuthError);
    expect(error).toMatchObject({ status: 0, url: `${server.url}/oauth/token` });
    expect((error as Error).message).toBe("The client-credentials code did not load");
    expect((error as Error).cause).toBeInstanceOf(Error); // what the loader threw
    expect(server.requests).toHaveLength(0);

    vi.doUnmock("../src/client-credentials.js");
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(server.requests.map(({ method }) => method)).toEqual(["POST", "GET"]);
  });
});
