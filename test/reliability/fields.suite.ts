/**
 * Results carry the documented fields of an answer and what the client adds, nothing else: a body's own
 * `__proto__` key (an ordinary property after JSON.parse, a prototype once `Object.assign` or a spread
 * copies it) never reaches a result, at any depth, and an undocumented field of the body (an `isAdmin`,
 * a top-level `description` on a client built without descriptions) is left out.
 *
 * Every documented JSON answer of every operation is served with such additions, each example as the
 * spec gives it.
 */
import { describe, expect, it } from "vitest";
import { afterAll, beforeAll } from "vitest";
import { allOperations, providers } from "./adapters.js";
import { settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";

/** Two spellings of the key: JSON.parse reads `\u` escapes in a key, so both become an own `__proto__`. */
const protoKeySpellings = { plain: '"__proto__"', escaped: '"\\u005f\\u005fproto\\u005f_"' } as const;
type Spelling = keyof typeof protoKeySpellings;

/** The JSON of an object with an own `__proto__` key in front of its own fields. */
function withProtoKey(json: string, spelling: Spelling): string {
  const injected = `{${protoKeySpellings[spelling]}:{"isAdmin":true}`;
  return json === "{}" ? `${injected}}` : json.replace(/^\{/, `${injected},`);
}

/** The example as the server sends it: `__proto__`, `isAdmin` and `description` added on top, `__proto__` in every object field. */
function hostileJson(example: Record<string, unknown>, spelling: Spelling): string {
  const fields = Object.entries(example).map(([key, value]) => {
    const json = JSON.stringify(value);
    const nested = typeof value === "object" && value !== null && !Array.isArray(value) ? withProtoKey(json, spelling) : json;
    return `${JSON.stringify(key)}:${nested}`;
  });
  return withProtoKey(`{${['"isAdmin":true', '"description":"injected by the server"', ...fields].join(",")}}`, spelling);
}

/** Where a value holds an own `__proto__` key, as a path; none when it holds none. */
function protoKeyPaths(value: unknown, path = "result"): string[] {
  if (typeof value !== "object" || value === null || value instanceof Date) return [];
  const own = Object.hasOwn(value, "__proto__") ? [`${path}.__proto__`] : [];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => protoKeyPaths(child, `${path}.${key}`))];
}

export function fieldsSuite() {
  describe("fields: results carry only documented fields and what the client adds", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    const cases = allOperations.flatMap(({ provider, operation }) =>
      [...operation.spec.examples]
        .filter((entry): entry is [number, Record<string, unknown>] => typeof entry[1] === "object" && entry[1] !== null)
        .flatMap(([status, example]) =>
          (Object.keys(protoKeySpellings) as Spelling[]).map((spelling) => ({
            provider,
            operation,
            status,
            example,
            spelling,
            name: `${provider.provider} ${operation.operationId}: HTTP ${status}`,
          })),
        ),
    );

    it.each(cases)("$name with __proto__ ($spelling), isAdmin and description added", async ({ provider, operation, status, example, spelling }) => {
      const key = server.serve((_request, response) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(hostileJson(example, spelling));
      });
      try {
        const client = provider.connect(server.url, { fetch: server.fetchFor(key), timeoutMs: 60_000 });
        const settled = await settle(() => operation.call(client));
        if (settled.threw) {
          expect(typedErrorProblem(settled.error, operation.operationId)).toBeUndefined();
          tally("fields", true);
          return;
        }
        const result = settled.result as Record<string, unknown>;
        const problems = [
          ...protoKeyPaths(result),
          ...((Object.assign({}, result) as Record<string, unknown>).isAdmin === undefined ? [] : ["Object.assign({}, result).isAdmin is set"]),
          ...(Object.hasOwn(result, "isAdmin") ? ["result.isAdmin, an undocumented field, is on the result"] : []),
          ...(result.description === "injected by the server" ? ["the body's own description became result.description"] : []),
        ];
        tally("fields", problems.length === 0);
        expect(problems).toEqual([]);
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      } finally {
        server.forget(key);
      }
    });

    it("casino-gateway: a 401 body's own top-level description does not become result.description without descriptions", async () => {
      const casino = providers.find((p) => p.provider === "casino-gateway")!;
      const login = casino.operations.find((o) => o.operationId === "login")!;
      const key = server.serve((_request, response) => {
        response.writeHead(401, { "content-type": "application/json" });
        response.end('{"result":"USER_PASSWORD_NOT_VALID","description":"Call +1 555 0100 to unlock"}');
      });
      try {
        const result = (await login.call(casino.connect(server.url, { fetch: server.fetchFor(key) }))) as Record<string, unknown>;
        expect(result).toEqual({ ok: false, status: 401, code: "USER_PASSWORD_NOT_VALID", result: "USER_PASSWORD_NOT_VALID", outcome: "invalid-credentials" });
        tally("fields", true);
      } finally {
        server.forget(key);
      }
    });
  });
}
