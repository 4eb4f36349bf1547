/** PEM text, or its bytes (a `Buffer` from `readFileSync` will do). */
export type Pem = string | Uint8Array;
