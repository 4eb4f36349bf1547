import { afterEach, describe, expect, it } from "vitest";
import { startLocalServer, reply, type LocalServer } from "../../../test/local-server.js";
import { createCasinoGatewayClient, OperatorAuthError } from "../src/index.js";

const ok = { auth_token: "e74af034", result: "OK", actions: [], documents_required: false, identification_token: "" };
let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function client() {
  server = await startLocalServer(reply(200, ok));
  return createCasinoGatewayClient({ baseUrl: server.url, version: "v2", brandId: 99 });
}

describe("what goes on the wire", () => {
  it("posts JSON to /gateway/login/{version}/{brand_id}/player with the password byte for byte", async () => {
    const password = `p&a=s+s%20w"o\\rd ü 🎲 \u0000`;
    const result = await (await client()).login({ email: "a@b.example", password, language: "de", brand_id: "99" });
    expect(result).toMatchObject({ ok: true, status: 200, auth_token: "e74af034" });
    const [request] = server!.requests;
    expect(request).toMatchObject({ method: "POST", url: "/gateway/login/v2/99/player" });
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body.toString("utf8"))).toEqual({ email: "a@b.example", password, language: "de", brand_id: "99" });
    expect(request!.headers["2fa-auth-token"]).toBeUndefined();
  });

  it("sends the 2FA token in the 2fa-auth-token header, not in the body", async () => {
    await (await client()).login({ user_name: "p1", password: "pw", language: "en", twoFactorToken: "60a6bbc8" });
    const [request] = server!.requests;
    expect(request!.headers["2fa-auth-token"]).toBe("60a6bbc8");
    expect(JSON.parse(request!.body.toString("utf8"))).toEqual({ user_name: "p1", password: "pw", language: "en" });
  });
});

describe("bad input is refused before anything is sent", () => {
  it.each([
    ["no user_name or email", { password: "pw", language: "en" }],
    ["no language", { user_name: "p1", password: "pw" }],
    ["a password that is not a string", { user_name: "p1", password: 1234, language: "en" }],
  ])("%s", async (_name, input) => {
    const c = await client();
    await expect(c.login(input as never)).rejects.toMatchObject({ name: "OperatorAuthError", kind: "invalid-input" });
    expect(server!.requests).toHaveLength(0);
  });

  it("refuses plain http to a host that is not loopback", () => {
    expect(() => createCasinoGatewayClient({ baseUrl: "http://gateway.example.com", version: "v1", brandId: 1 })).toThrow(
      expect.objectContaining({ kind: "insecure-url" }),
    );
  });

  it.each([
    ["an unparsable baseUrl", { baseUrl: "gateway", version: "v1", brandId: 1 }, "invalid-input"],
    ["an empty version", { baseUrl: "https://gateway.example.com", version: "", brandId: 1 }, "invalid-input"],
    ["a brandId that is not an integer", { baseUrl: "https://gateway.example.com", version: "v1", brandId: 1.5 }, "invalid-input"],
    ["a zero timeout", { baseUrl: "https://gateway.example.com", version: "v1", brandId: 1, timeoutMs: 0 }, "invalid-input"],
  ])("refuses %s", (_name, options, kind) => {
    expect(() => createCasinoGatewayClient(options)).toThrow(OperatorAuthError);
    expect(() => createCasinoGatewayClient(options)).toThrow(expect.objectContaining({ kind }));
  });
});
