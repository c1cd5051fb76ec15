import { describe, expect, it } from "vitest";
import { nextSort, sortRows } from "./sort-rows";

const rows = [
  { name: "a", ms: 2 },
  { name: "b", ms: Number.NaN },
  { name: "c", ms: 5 },
  { name: "d", ms: 2 },
] as const;
const names = (r: readonly { name: string }[]) => r.map((x) => x.name).join("");

describe("sortRows", () => {
  it("orders ascending, ties in their order, a missing value first", () => {
    expect(names(sortRows(rows, (r) => r.ms, "ascending"))).toBe("badc");
  });

  it("orders descending as the ascending order flipped, a missing value last", () => {
    expect(names(sortRows(rows, (r) => r.ms, "descending"))).toBe("cdab");
  });

  it("returns a new array and leaves the rows alone", () => {
    const input = [...rows];
    const sorted = sortRows(input, (r) => r.ms, "descending");
    expect(sorted).not.toBe(input);
    expect(names(input)).toBe("abcd");
  });
});

describe("nextSort", () => {
  it("starts a new column in its first direction", () => {
    expect(nextSort(null, "ms", "descending")).toEqual({ column: "ms", direction: "descending" });
    expect(nextSort({ column: "ms", direction: "descending" }, "index", "ascending")).toEqual({
      column: "index",
      direction: "ascending",
    });
  });

  it("flips the direction of the sorted column", () => {
    expect(nextSort({ column: "ms", direction: "descending" }, "ms", "descending")).toEqual({
      column: "ms",
      direction: "ascending",
    });
    expect(nextSort({ column: "ms", direction: "ascending" }, "ms", "descending")).toEqual({
      column: "ms",
      direction: "descending",
    });
  });
});
