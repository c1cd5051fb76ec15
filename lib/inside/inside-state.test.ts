import { describe, expect, it } from "vitest";
import { insideHref, parseInsideState, serializeInsideState } from "./inside-state";

const MODELS = ["mobilenet-v1-0.75-224", "mobilenet-v2-1.0-224"];
const parse = (q: string) => parseInsideState(new URLSearchParams(q), MODELS, MODELS[0] as string);

describe("parseInsideState / serializeInsideState", () => {
  it("round-trips model, layer and channel", () => {
    const state = { model: "mobilenet-v2-1.0-224", layer: "block3/depthwise", channel: 17 };
    const q = serializeInsideState(state);
    expect(q).toBe("model=mobilenet-v2-1.0-224&layer=block3/depthwise&channel=17");
    expect(parse(q)).toEqual({ state, notes: [] });
  });
  it("an unknown model falls back to the first installed one, with a note", () => {
    const { state, notes } = parse("model=mobilenet-v9");
    expect(state.model).toBe("mobilenet-v1-0.75-224");
    expect(notes).toHaveLength(1);
  });
  it("rejects a non-path layer and a negative or fractional channel", () => {
    expect(parse("layer=<script>&channel=-1").state).toEqual({
      model: "mobilenet-v1-0.75-224",
      layer: null,
      channel: null,
    });
    expect(parse("channel=2.5").notes).toHaveLength(1);
  });
  it("accepts V3's SE paths (block4/se/expand)", () => {
    expect(parse("layer=block4/se/expand").state.layer).toBe("block4/se/expand");
  });
  it("insideHref(model, layer) opens that layer", () => {
    expect(insideHref("mobilenet-v2-1.0-224", "head/conv")).toBe(
      "/inside?model=mobilenet-v2-1.0-224&layer=head/conv",
    );
  });
  it("round-trips an open sample photo and rejects a path as a sample", () => {
    const state = {
      model: "mobilenet-v2-1.0-224",
      layer: "block3/depthwise",
      channel: 0,
      sample: "coffee.jpg",
    };
    expect(parse(serializeInsideState(state))).toEqual({ state, notes: [] });
    const bad = parse("sample=../secret.txt");
    expect(bad.state.sample).toBeUndefined();
    expect(bad.notes).toHaveLength(1);
  });
});
