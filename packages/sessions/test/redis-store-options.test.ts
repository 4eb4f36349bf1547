/** `redisStore`'s connection options: each mistake is a typed error naming the option, never repeating a URL's password. */
import { OperatorAuthError } from "@operator-auth/core";
import { describe, expect, it } from "vitest";
import { redisStore, type RedisStoreOptions } from "../src/redis/index.js";

function refusal(options: unknown): OperatorAuthError {
  try {
    redisStore(options as RedisStoreOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect((error as OperatorAuthError).kind).toBe("invalid-input");
    return error as OperatorAuthError;
  }
  throw new Error("redisStore accepted the options");
}

describe("redisStore: connection options", () => {
  it.each([
    [{}, "redisStore: url"],
    [{ url: "redis://a:6379", cluster: { rootNodes: ["redis://b:6379"] } }, "redisStore: url"],
    [{ url: "http://a:6379" }, "redisStore: url"],
    [{ cluster: { rootNodes: [] } }, "redisStore: cluster.rootNodes"],
    [{ cluster: {} }, "redisStore: cluster.rootNodes"],
    [{ cluster: null }, "redisStore: cluster.rootNodes"],
    [{ cluster: 5 }, "redisStore: cluster.rootNodes"],
    [{ url: "redis://a:6379", onUnreadableEntry: "warn" }, "redisStore: onUnreadableEntry"],
    [{ url: "redis://a:6379", EncryptionKey: new Uint8Array(32) }, "redisStore: EncryptionKey is not an option (did you mean encryptionKey?)"],
    [{ url: "redis://a:6379", Prefix: "app:" }, "redisStore: Prefix is not an option (did you mean prefix?)"],
    [{ cluster: { rootNodes: ["redis://a:6379/2"] } }, "redisStore: cluster.rootNodes"],
    [{ cluster: { rootNodes: ["rediss://u:p@a:6379", "rediss://u:other@b:6379"] } }, "redisStore: cluster.rootNodes"],
    [{ cluster: { rootNodes: ["redis://a:6379"] }, prefix: "app:{sessions}:" }, "redisStore: prefix"],
    [{ url: "redis://a:6379", tls: { ca: "PEM" } }, "redisStore: tls"],
    [{ url: "rediss://a:6379", tls: { rejectUnauthorized: false } }, "redisStore: tls"],
    [{ client: { sendCommand: async () => null }, tls: { ca: "PEM" } }, "redisStore: tls"],
  ])("refuses %j naming the option", (options, named) => {
    expect(refusal(options).message).toContain(named);
  });

  it("never repeats the password of a URL it refuses", () => {
    const password = "hunter2-Secret";
    for (const url of [`rediss://user:${password}@[bad`, `https://user:${password}@host`, `rediss://user:${password}@host:6379/x`]) {
      const error = refusal({ url });
      expect([error.message, String(error), JSON.stringify(error)].join(" ")).not.toContain(password);
    }
  });

  it("accepts each documented form", () => {
    for (const options of [
      { url: "redis://127.0.0.1:6379/2" },
      { url: "rediss://sessions:p%40ss@redis.example.com:6380", tls: { ca: "PEM", servername: "redis.example.com" } },
      { cluster: { rootNodes: ["rediss://sessions:pw@node-1.example.com:6379", "rediss://sessions:pw@node-2.example.com:6379"] }, tls: { ca: "PEM" } },
      { cluster: { sendCommand: async () => null } },
    ] satisfies RedisStoreOptions[]) {
      expect(() => redisStore(options)).not.toThrow();
    }
  });
});
