/** Whether this run is CI's (`CI` set, and not to "false" or "0"): there a missing browser or runtime fails its tests instead of skipping them. */
export const inCi = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
