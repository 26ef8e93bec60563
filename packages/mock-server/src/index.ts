export { createMockServer, type MockServer, type MockServerOptions } from "./http.js";
export {
  createRequestHandler,
  type RequestHandler,
  type RequestHandlerOptions,
} from "./routes/handler.js";
export {
  UserStore,
  createUserStore,
  type UserStoreOptions,
  type ListFilter,
  type CreateOutcome,
  type UpdateOutcome,
} from "./store.js";
export type { UserRecord } from "./records.js";
export type { MockRequest, HeaderInput } from "./request.js";
export type { MockResponse } from "./errors.js";
export type { FaultOptions } from "./faults.js";
export type { AuthOptions, Caller, ClientCredentials, IssuedToken } from "./auth.js";
export type { Issue, RequestValidators, Validate, ValidationResult } from "./validation.js";
export { divisions, homeDivision } from "./catalog.js";
export { seededState } from "./seed.js";
