import { afterEach, expect, it, vi } from "vitest";
import { tapConsoleLog } from "./console-tap";

const original = console.log;
afterEach(() => {
  console.log = original;
});

it("collects console.log lines only while collecting, and lets others through", async () => {
  const shown = vi.fn();
  console.log = shown;
  const tap = tapConsoleLog();
  console.log("before");
  const { value, lines } = await tap.collect(async () => {
    console.log('{"cat":"Node",', 1);
    return 42;
  });
  console.log("after");
  expect(value).toBe(42);
  expect(lines).toEqual(['{"cat":"Node", 1']);
  expect(shown.mock.calls).toEqual([["before"], ["after"]]);
});
