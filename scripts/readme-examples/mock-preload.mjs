// Preloaded (node --import) before a README block marked `run`: answers the Users API hosts of
// region mypurecloud.ie in-process with @users-api/mock-server's msw handlers (10 seeded users),
// so a block runs unchanged, with the inputs a reader would pass in the environment.
import { createMswHandlers } from "@users-api/mock-server/msw";
import { setupServer } from "msw/node";

const handlers = createMswHandlers({ baseUrl: "https://api.mypurecloud.ie", seed: 10 });
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: "error" });

process.env.CLIENT_ID ??= "readme-example";
process.env.CLIENT_SECRET ??= "readme-secret";
process.env.ACCESS_TOKEN ??= "readme-token";
process.env.USER_ID ??= handlers.store.list()[0]?.id;
