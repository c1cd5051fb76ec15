/**
 * Which timings are in flight on this page, so work that would disturb them can wait: the offline
 * service worker's install (it downloads and stores every page, several MB, on the same cores)
 * registers only once no timing has run for a while. Page-side and tiny on purpose: each client
 * wraps its timing request in `duringTiming`.
 */
let active = 0;
let lastEnd = 0;
const waiters = new Set<() => void>();

function notify(): void {
  for (const wake of [...waiters]) wake();
}

/** Runs `request` as a timing: counted while it is in flight, whatever its outcome. */
export async function duringTiming<T>(request: () => Promise<T>): Promise<T> {
  active += 1;
  try {
    return await request();
  } finally {
    active -= 1;
    lastEnd = performance.now();
    notify();
  }
}

/** Resolves once no timing is in flight and none ended in the last `quietMs`. */
export function whenNoTiming(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (active > 0) return; // woken again when it ends
      const wait = lastEnd + quietMs - performance.now();
      if (wait <= 0) {
        waiters.delete(check);
        resolve();
      } else timer = setTimeout(check, wait);
    };
    waiters.add(check);
    check();
  });
}
