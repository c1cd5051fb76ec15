import type { Page } from "playwright-core";

/** The length of the array at `window.<path>` (e.g. "__benchApp.results"), which a worker hook fills. */
export function recordCount(page: Page, path: string): Promise<number> {
  return page.evaluate(
    (p) =>
      (
        p
          .split(".")
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], window) as unknown[]
      ).length,
    path,
  );
}

/**
 * Does `action`, then waits until the worker hook's array at `window.<path>` has a new record and
 * returns its index; an error the page shows instead throws (prefixed with `label`).
 */
export async function awaitNextRecord(
  page: Page,
  path: string,
  action: () => Promise<unknown>,
  label = "",
): Promise<number> {
  const before = await recordCount(page, path);
  await action();
  await page.waitForFunction(
    ([p, n]) =>
      (
        p
          .split(".")
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], window) as unknown[]
      ).length > n || document.querySelector("[data-testid=error]") !== null,
    [path, before] as const,
    { timeout: 600_000, polling: 20 },
  );
  const error = page.getByTestId("error");
  if (await error.isVisible()) throw new Error(`${label}${await error.innerText()}`);
  return before;
}
