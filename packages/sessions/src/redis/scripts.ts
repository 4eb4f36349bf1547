/**
 * The store's Lua scripts, each one atomic on the server. KEYS[1] is the lease, KEYS[2] the entry's hash
 * (fields `entry`: the session or refusal, `attempts`: the fleet's login attempts); both carry the key in
 * braces, so a cluster keeps them on one slot. Times are the server's own clock (`TIME`), the one clock of
 * the fleet. Taking the lease is a plain `SET NX PX`, no script.
 */

/** The entry's two fields and the server's clock in milliseconds; a value of another type reads as absent. */
export const readScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('TYPE', KEYS[2]).ok ~= 'hash' then return {false, false, now} end
local fields = redis.call('HMGET', KEYS[2], 'entry', 'attempts')
return {fields[1], fields[2], now}`;

/** Extends the lease if still held by ARGV[1]. */
export const renewScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/** Gives the lease back if still held by ARGV[1]. */
export const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Replaces the entry, only for the lease's holder. ARGV: lease token, entry text ('' for none), attempts
 * text ('' for none), until when what it records lasts, in the server's milliseconds (0: for good), and the
 * milliseconds the hash is kept past that. A value
 * of another type under the key (foreign, or left by something else) is replaced.
 */
export const writeScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if redis.call('TYPE', KEYS[2]).ok ~= 'hash' then redis.call('DEL', KEYS[2]) end
redis.call('HDEL', KEYS[2], 'entry', 'attempts', 'written-fence', 'lease-fence')
if ARGV[2] ~= '' then redis.call('HSET', KEYS[2], 'entry', ARGV[2]) end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], 'attempts', ARGV[3]) end
local untilMs = tonumber(ARGV[4])
if untilMs == 0 then
  redis.call('PERSIST', KEYS[2])
else
  local t = redis.call('TIME')
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  redis.call('PEXPIRE', KEYS[2], math.max(untilMs - now, 0) + tonumber(ARGV[5]))
end
return 1`;
