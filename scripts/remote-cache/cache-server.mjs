// A self-hosted turbo remote cache (turborepo-remote-cache, local storage) on 127.0.0.1, started
// in this process. Teams run the same server with its bin; see "Sharing the build cache" in the
// README.
// @ts-ignore -- the package ships JavaScript without type declarations
import { createApp } from "turborepo-remote-cache";

/**
 * @typedef {object} CacheServer
 * @property {string} url `TURBO_API` for turbo, e.g. http://127.0.0.1:41234
 * @property {() => Promise<void>} close
 */

/**
 * @param {object} options
 * @param {string} options.storagePath absolute directory for the artifacts (`<team>/<hash>`)
 * @param {string} options.token the `TURBO_TOKEN` clients must send
 * @param {string} options.signatureKey with it the server stores each artifact's signature
 *   (`<team>/<hash>.tag`) and serves only artifacts that have one
 * @returns {Promise<CacheServer>}
 */
export async function startCacheServer({ storagePath, token, signatureKey }) {
  const app = createApp({
    logger: false,
    configOverrides: {
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storagePath,
      // Otherwise STORAGE_PATH is taken relative to the OS temp directory.
      STORAGE_PATH_USE_TMP_FOLDER: false,
      AUTH_MODE: "static",
      TURBO_TOKEN: token,
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: signatureKey,
      READ_ONLY: false,
    },
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: () => app.close() };
}
