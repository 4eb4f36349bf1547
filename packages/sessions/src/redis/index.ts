export { redisStore, type RedisSessionStore, type RedisStoreOptions } from "./redis-store.js";
export type { RedisCommandClient } from "./connection.js";
export type { EncryptionKey, WebCryptoKey } from "./encryption.js";
