export { redisStore, type RedisCommandClient, type RedisSessionStore, type RedisStoreOptions } from "./redis-store.js";
export type { EncryptionKey } from "./encryption.js";
