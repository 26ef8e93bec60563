import type { TokenAuthority } from "./auth.js";
import type { MockResponse } from "./errors.js";
import { headerReader, type MockRequest } from "./request.js";

const oauthError = (status: number, error: string, description: string): MockResponse => ({
  status,
  headers: { "cache-control": "no-store" },
  body: { error, description, error_description: description },
});

function basicCredentials(header: string | undefined): [string, string] | undefined {
  const encoded = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header ?? "")?.[1];
  if (encoded === undefined) return undefined;
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  const decode = (part: string): string => {
    try {
      return decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return part;
    }
  };
  return [decode(decoded.slice(0, colon)), decode(decoded.slice(colon + 1))];
}

/**
 * `POST /oauth/token` with the client-credentials grant, as the platform's login host
 * answers it: client id and secret in a Basic `Authorization` header (or as `client_id` and
 * `client_secret` form fields), `grant_type=client_credentials` in a form body.
 */
export function handleTokenRequest(request: MockRequest, authority: TokenAuthority): MockResponse {
  if (request.method.toUpperCase() !== "POST") {
    return { ...oauthError(405, "invalid_request", "Use POST."), headers: { allow: "POST" } };
  }
  const header = headerReader(request.headers);
  const contentType = header("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    return oauthError(
      400,
      "invalid_request",
      "The body must be application/x-www-form-urlencoded.",
    );
  }
  const form = new URLSearchParams(request.body ?? "");
  const grantType = form.get("grant_type");
  const [clientId, clientSecret] = basicCredentials(header("authorization")) ?? [
    form.get("client_id") ?? "",
    form.get("client_secret") ?? "",
  ];
  if (clientId === "" || !authority.acceptsClient({ clientId, clientSecret })) {
    return {
      ...oauthError(401, "invalid_client", "Unknown client or wrong secret."),
      headers: { "www-authenticate": 'Basic realm="users-api-mock"', "cache-control": "no-store" },
    };
  }
  if (grantType !== "client_credentials") {
    return oauthError(
      400,
      "unsupported_grant_type",
      "Only grant_type=client_credentials is supported.",
    );
  }
  const token = authority.issue(clientId);
  return {
    status: 200,
    headers: { "cache-control": "no-store" },
    body: { access_token: token.accessToken, token_type: "bearer", expires_in: token.expiresIn },
  };
}
