// Hostile requests over real HTTP on 127.0.0.1: every one must get an HTTP answer with a JSON
// ErrorBody, never a silently dropped or reset connection.
import { connect } from "node:net";
import type { ErrorBody } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { call, expectValid, TOKEN } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 3 });
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Writes raw bytes to the server and reads the one answer (the socket is half-closed after). */
function raw(target: MockServer, text: string): Promise<RawResponse> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const answer = Buffer.concat(chunks).toString("utf8");
      const split = answer.indexOf("\r\n\r\n");
      if (split < 0) {
        reject(new Error(`no HTTP answer, got ${JSON.stringify(answer)}`));
        return;
      }
      const [statusLine = "", ...lines] = answer.slice(0, split).split("\r\n");
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(":");
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      const text = answer.slice(split + 4);
      resolve({
        status: Number(statusLine.split(" ")[1]),
        headers,
        body: text === "" ? undefined : JSON.parse(text),
      });
    });
    // Ask the server to close after its answer, and half-close: the answer is all we read.
    socket.end(text);
  });
}

const get = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nConnection: close\r\n\r\n`;

describe("request targets the URL parser rejects", () => {
  it.each(["//[", "http://[::1", "http://[::1/api/v2/users", "http://x:99999/", "//a:b@[/"])(
    "GET %s is answered 400 bad.request with an ErrorBody",
    async (target) => {
      const answer = await raw(server, get(target));
      expect(answer.status).toBe(400);
      expect(answer.headers["content-type"]).toMatch(/^application\/json/);
      expect(answer.headers["inin-correlation-id"]).toBe((answer.body as ErrorBody).contextId);
      expectValid("ErrorBody", answer.body);
      expect(answer.body).toMatchObject({ code: "bad.request", status: 400 });
      expect((answer.body as ErrorBody).message).toContain("not a valid URL");
    },
  );

  it("the same targets with a body and another method are answered too", async () => {
    const body = '{"version":1}';
    const answer = await raw(
      server,
      `PATCH //[ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(answer.status).toBe(400);
    expectValid("ErrorBody", answer.body);
  });

  it("a request line node:http cannot parse gets a JSON 400 too", async () => {
    const answer = await raw(server, "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer.status).toBe(400);
    expectValid("ErrorBody", answer.body);
    expect(answer.body).toMatchObject({ code: "bad.request", status: 400 });
  });

  it("headers too large get a JSON 431", async () => {
    const answer = await raw(
      server,
      `GET /api/v2/users HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expectValid("ErrorBody", answer.body);
  });

  it("valid absolute-form and odd but parsable targets still reach the API", async () => {
    expect((await raw(server, get("http://[::1]/api/v2/users?pageSize=1"))).status).toBe(200);
    expect((await raw(server, get("/%"))).status).toBe(404);
    expect((await call(server, "GET", "/api/v2/users?pageSize=1")).status).toBe(200);
  });
});

describe("413 for bodies over 1 MB, reliably", () => {
  const big = JSON.stringify({ version: 1, title: "x".repeat(3 * 1024 * 1024) });

  it("answers every one of 10 uploads of 3 MB with a 413 ErrorBody", async () => {
    const id = server.store.list()[0]?.id ?? "";
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${server.url}/api/v2/users/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: big,
      });
      statuses.push(response.status);
      const body = (await response.json()) as ErrorBody;
      expect(response.headers.get("inin-correlation-id")).toBe(body.contextId);
      expectValid("ErrorBody", body);
      expect(body).toMatchObject({ code: "request.too.large", status: 413 });
    }
    expect(statuses).toEqual(Array(10).fill(413));
  });

  it("answers uploads sent at once on parallel connections", async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${server.url}/api/v2/users`, {
          method: "POST",
          headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
          body: big,
        }).then(async (response) => ({ status: response.status, body: await response.json() })),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expectValid("ErrorBody", answer.body);
    }
  });

  it("a body of exactly 1 MB is still read, and the server keeps serving after a 413", async () => {
    const limit = 1024 * 1024;
    const atLimit = JSON.stringify({ title: "" }).length;
    const body = JSON.stringify({ title: "y".repeat(limit - atLimit) });
    expect(Buffer.byteLength(body)).toBe(limit);
    const { status, body: error } = await call<ErrorBody>(server, "POST", "/api/v2/users", {
      body,
    });
    expect(status).toBe(400); // read and validated: no name, email, divisionId
    expect(error.details?.map((d) => d.fieldName)).toContain("/name");
    expect((await call(server, "GET", "/api/v2/users?pageSize=1")).status).toBe(200);
  });
});

describe("a failure while answering is a 500 ErrorBody, not a dropped connection", () => {
  it("when the answer cannot be serialized", async () => {
    const local = await createMockServer({ seed: 2 });
    try {
      const [first] = local.store.list();
      const record = local.store.record(first?.id ?? "") as unknown as Record<string, unknown>;
      record["title"] = 10n; // a value JSON.stringify refuses
      const { status, body } = await call<ErrorBody>(local, "GET", `/api/v2/users/${first?.id}`);
      expect(status).toBe(500);
      expect(body.code).toBe("internal.server.error");
    } finally {
      await local.close();
    }
  });
});
