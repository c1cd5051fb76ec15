import { describe, expect, it } from "vitest";
import {
  explorerHref,
  parseExplorerState,
  serializeExplorerState,
  toSearchParams,
} from "./explorer-state";

const parse = (query: string) => parseExplorerState(new URLSearchParams(query));

describe("parseExplorerState", () => {
  it("reads the issue's example link exactly", () => {
    expect(parse("model=v1&alpha=0.5&res=224")).toEqual({
      state: { model: "v1", alpha: 0.5, resolution: 224, layer: null },
      notes: [],
    });
  });

  it("defaults to V1 at α 1 and 224 with no notes for an empty query", () => {
    expect(parse("")).toEqual({
      state: { model: "v1", alpha: 1, resolution: 224, layer: null },
      notes: [],
    });
  });

  it("uses the chosen model's published resolution as the default", () => {
    const { state } = parse("model=v4-conv-s");
    expect(state.model).toBe("v4-conv-s");
    expect(state.resolution).toBe(224);
  });

  it.each([
    ["model=v9", "Unknown model"],
    ["alpha=0", "Width multiplier"],
    ["alpha=-1", "Width multiplier"],
    ["alpha=abc", "Width multiplier"],
    ["alpha=1e3", "Width multiplier"],
    ["alpha=5", "Width multiplier"],
    ["res=31", "Resolution"],
    ["res=1025", "Resolution"],
    ["res=224.5", "Resolution"],
    ["res=", "Resolution"],
    ["layer=<script>", "Layer"],
  ])("falls back with a note for %s", (query, noteStart) => {
    const { state, notes } = parse(query);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(noteStart);
    expect(state.alpha).toBeGreaterThan(0);
    expect(state.resolution).toBeGreaterThanOrEqual(32);
  });

  it("keeps valid values while rejecting a bad neighbour", () => {
    const { state, notes } = parse("model=v2&alpha=oops&res=160");
    expect(state).toEqual({ model: "v2", alpha: 1, resolution: 160, layer: null });
    expect(notes).toHaveLength(1);
  });

  it("accepts the engine's extremes", () => {
    expect(parse("alpha=4&res=1024").state).toMatchObject({ alpha: 4, resolution: 1024 });
    expect(parse("alpha=0.01&res=32").state).toMatchObject({ alpha: 0.01, resolution: 32 });
  });
});

describe("serializeExplorerState", () => {
  it("round-trips through the parser, layer included", () => {
    const state = {
      model: "v3-large",
      alpha: 0.75,
      resolution: 192,
      layer: "block5/depthwise",
    } as const;
    const query = serializeExplorerState(state);
    expect(query).toBe("model=v3-large&alpha=0.75&res=192&layer=block5/depthwise");
    expect(parse(query).state).toEqual(state);
  });

  it("never writes floating-point noise", () => {
    expect(
      serializeExplorerState({ model: "v1", alpha: 0.1 + 0.2, resolution: 224, layer: null }),
    ).toBe("model=v1&alpha=0.3&res=224");
  });
});

describe("explorerHref / toSearchParams", () => {
  it("builds the lesson links", () => {
    expect(explorerHref("v1", { alpha: 0.5 })).toBe("/explore?model=v1&alpha=0.5&res=224");
    expect(explorerHref("v2")).toBe("/explore?model=v2&alpha=1&res=224");
  });

  it("takes the first of repeated Next searchParams values", () => {
    expect(toSearchParams({ model: ["v2", "v1"], alpha: "0.5", res: undefined }).toString()).toBe(
      "model=v2&alpha=0.5",
    );
  });
});
