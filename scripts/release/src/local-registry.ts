import { writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { runServer } from "verdaccio";

export const PUBLISH_SCOPE = "@users-api";

export interface LocalRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** A token of a registered user, allowed to publish `@users-api/*`. */
  token: string;
  /** `.npmrc` lines that send `@users-api/*` to this registry, with the token. */
  npmrc: string;
  close(): Promise<void>;
}

/**
 * No uplinks: the registry serves only what is published to it, so nothing leaves the machine.
 * Only authenticated users may publish, and only `@users-api/*`.
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
  "${PUBLISH_SCOPE}/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  "**":
    access: $all
    publish: nobody
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
    const npmrc = `${PUBLISH_SCOPE}:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
    return { url, token, npmrc, close };
  } catch (error) {
    await close();
    throw error;
  }
}
