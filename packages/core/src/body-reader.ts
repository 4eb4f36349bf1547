/** Thrown by `readText` when a body passes its byte limit. */
export const bodyTooLarge = Symbol("body too large");

/**
 * A response's body as text, read chunk by chunk and counted after decompression (fetch hands over
 * decoded bytes), so that a huge or endless answer, or a gzip bomb, costs at most `maxBytes`: past
 * them reading stops, the stream is cancelled and `bodyTooLarge` is thrown.
 */
export function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return Promise.resolve("");
  // A body declared no longer than the limit and not compressed is read in one go: fetch delivers no
  // more bytes than Content-Length, so counting chunks would only cost time.
  const declared = response.headers.get("content-length");
  const encoding = response.headers.get("content-encoding");
  if (declared !== null && +declared <= maxBytes && (encoding === null || encoding === "identity")) return response.text();
  return readChunks(response.body, maxBytes);
}

async function readChunks(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw bodyTooLarge;
    }
    text += decoder.decode(value, { stream: true });
  }
}
