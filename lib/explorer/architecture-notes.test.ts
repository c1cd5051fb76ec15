import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { architectureNotes } from "./architecture-notes";

describe("paper-vs-code notes under the layer table", () => {
  it("V1: the Table 1 erratum, and the stride-1 last depthwise conv it describes", () => {
    expect(architectureNotes("v1")[0]).toMatch(/stride 2 on a 7×7 input.*erratum/);
    const last = resolveNetwork("v1").layers.find((l) => l.path === "block13/depthwise");
    expect(last?.input.h).toBe(7);
    expect(last?.output.h).toBe(7);
  });

  it("says nothing for models whose paper table matches the code", () => {
    expect(architectureNotes("v2")).toEqual([]);
  });
});
