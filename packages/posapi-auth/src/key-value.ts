import type { components } from "./generated/schema.js";

/** The `{ Key, Value }` pair of PosAPI's key-value lists (`values`, `deviceDetails`, `ClaimValues`, …). */
export type KeyValue = components["schemas"]["KeyValue"];

export const isKeyValue = (entry: unknown): entry is KeyValue =>
  typeof entry === "object" && typeof (entry as KeyValue | null)?.Key === "string" && typeof (entry as KeyValue).Value === "string";

/** A pair as its `Key` and `Value` alone, whatever else the given object holds. */
export const copyKeyValue = ({ Key, Value }: KeyValue): KeyValue => ({ Key, Value });
