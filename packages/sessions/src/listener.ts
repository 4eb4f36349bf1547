/**
 * Calls one of the app's listeners. Its throw, or the rejection of the promise an async listener returns,
 * is swallowed: a listener may never crash the app (an unhandled rejection ends a Node process) nor change
 * what the caller does.
 */
export function notify<T>(listener: ((value: T) => unknown) | undefined, value: T): void {
  try {
    const returned = listener?.(value);
    if (typeof (returned as PromiseLike<unknown> | undefined)?.then === "function") Promise.resolve(returned).catch(() => {});
  } catch {
    // See above.
  }
}
