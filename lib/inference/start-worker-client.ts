/**
 * Creates a worker's client inside an effect. When the browser refuses the worker (no Worker
 * support, a blocked script) `onError` gets "Could not start the <name>: …" on the next microtask,
 * as an effect must not set state synchronously, and the result is null.
 */
export function startWorkerClient<C>(
  create: () => C,
  name: string,
  onError: (message: string) => void,
): C | null {
  try {
    return create();
  } catch (err) {
    queueMicrotask(() => onError(`Could not start the ${name}: ${(err as Error).message}`));
    return null;
  }
}
