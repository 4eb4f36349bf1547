/** Why a call ended early: its deadline passed, or the caller's signal aborted it. */
export const deadlinePassed = Symbol("deadline passed");
export const callerAborted = Symbol("caller aborted");

/**
 * Runs `work` with an AbortSignal that aborts when `timeoutMs` passes or `callerSignal` aborts,
 * whichever comes first, and also when `work` fails: the request itself is cancelled (its connection
 * closed, its body no longer read), not merely left behind. The returned promise rejects with
 * `deadlinePassed` or `callerAborted` at that moment, even if a `fetch` ignores its signal.
 */
export function withDeadline<T>(timeoutMs: number, callerSignal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const stop = (why: symbol) => {
      finish();
      reject(why);
      controller.abort(why);
    };
    const onCallerAbort = () => stop(callerAborted);
    const timer = setTimeout(stop, timeoutMs, deadlinePassed);
    const finish = () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    };
    callerSignal?.addEventListener("abort", onCallerAbort);
    work(controller.signal).then(
      (value) => (finish(), resolve(value)),
      (error: unknown) => (finish(), reject(error), controller.abort()),
    );
  });
}
