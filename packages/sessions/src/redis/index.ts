export { redisStore, type RedisSessionStore, type RedisStoreOptions } from "./redis-store.js";
export { RedisStoreError, type RedisClusterCommandClient, type RedisCommandClient, type RedisTlsOptions } from "./connection.js";
export type { EncryptionKey, WebCryptoKey } from "./encryption.js";
