/**
 * The store's Lua scripts, each one atomic on the server. KEYS[1] is the lease, KEYS[2] the entry's hash
 * (fields `entry`, `written-fence`, `lease-fence`); both carry the key in braces, so a cluster keeps them
 * on one slot.
 */

/** Takes the lease if free (SET NX PX) and hands out the next fence; 0 when someone holds it. */
export const acquireScript = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('HINCRBY', KEYS[2], 'lease-fence', 1)
end
return 0`;

/** Extends the lease if still held by ARGV[1]. */
export const renewScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/** Gives the lease back if still held by ARGV[1]. */
export const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Writes the entry only for the lease's holder, and only if no newer fence wrote since: a holder whose
 * lease ran out cannot overwrite a newer session. ARGV: lease token, fence, entry, time to live (0: none).
 */
export const writeScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local written = tonumber(redis.call('HGET', KEYS[2], 'written-fence') or '0')
if written > tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[2], 'entry', ARGV[3], 'written-fence', ARGV[2])
local ttl = tonumber(ARGV[4])
if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) else redis.call('PERSIST', KEYS[2]) end
return 1`;
