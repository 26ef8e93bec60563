import { writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { runServer } from "verdaccio";

export const PUBLISH_SCOPE = "@users-api";

export interface LocalRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** A token of a registered user, allowed to publish. */
  token: string;
  /** `.npmrc` lines that send every package (`@users-api/*` and the rest) here, with the token. */
  npmrc: string;
  /**
   * The same registries as environment variables for npm/pnpm, which outrank any `.npmrc`
   * (changesets reads the scoped registry from `npm_config_@users-api:registry`).
   */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * No uplinks: the registry serves only what is published to it, so nothing leaves the machine.
 * Anyone may read; only authenticated users may publish: the release's `@users-api/*` and the
 * public packages the test mirrors from the repository's `node_modules`.
 */
function configYaml(): string {
  return `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 10
    # the default (bcrypt) costs ~250 ms per authenticated request; this registry lives for a minute
    algorithm: sha1
uplinks: {}
packages:
  "**":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log:
  type: stdout
  format: pretty
  level: warn
`;
}

async function registerUser(url: string, name: string, password: string): Promise<string> {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    throw new Error(`could not create registry user ${name}: ${response.status} ${body.error}`);
  }
  return body.token;
}

/** Starts Verdaccio in this process on 127.0.0.1 (a free port), storing everything in `directory`. */
export async function startLocalRegistry(directory: string): Promise<LocalRegistry> {
  const configPath = path.join(directory, "config.yaml");
  await writeFile(configPath, configYaml());
  const server = (await runServer(configPath)) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  try {
    const token = await registerUser(url, "release-bot", "release-bot-password");
    const npmrc = `registry=${url}\n${PUBLISH_SCOPE}:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
    const env = { npm_config_registry: url, [`npm_config_${PUBLISH_SCOPE}:registry`]: url };
    return { url, token, npmrc, env, close };
  } catch (error) {
    await close();
    throw error;
  }
}
