/** A lone UTF-16 surrogate: text that cannot be encoded as UTF-8 and that fetch would send as U+FFFD. */
const loneSurrogate = /\p{Cs}/u;

/** In JSON.stringify's output a lone surrogate is an escape `\udXXX` (after an even run of backslashes). */
const escapedLoneSurrogate = /(?:^|[^\\])(?:\\\\)*\\ud[89a-f]/;

export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

/** Whether JSON made by JSON.stringify holds a lone surrogate, which would arrive as U+FFFD or not at all. */
export function jsonHasLoneSurrogate(json: string): boolean {
  // The escape is looked for first: includes is far cheaper than the pattern, and almost never finds one.
  return json.includes("\\ud") && escapedLoneSurrogate.test(json);
}
