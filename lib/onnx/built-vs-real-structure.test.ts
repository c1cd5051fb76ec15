import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { analyzeOnnxBytes } from "@/lib/model-file/analyze-model";
import { buildOnnxModel } from "./build-onnx-model";

const REAL_V2 = "public/models/mobilenet-v2-1.0-224.onnx";

/** What decides a layer's cost and its kernel on ORT: op kind, channels, output, kernel, stride, groups. */
function layers(bytes: Uint8Array) {
  return analyzeOnnxBytes(bytes)
    .rows.filter((r) => r.macs > 0)
    .map((r) => ({
      kind: r.kind,
      // Channels only: the real TF export pads before stride-2 depthwise convs with a Pad node
      // (input 15×15), the built graph with the conv's own pads (14×14): the same arithmetic.
      inputChannels: r.input[1],
      output: r.output.join("×"),
      kernel: r.kernel,
      stride: r.stride,
      groups: r.groups,
    }));
}

/**
 * The lab times graphs built from our specs as stand-ins for the real networks, so they must be the
 * same network to ORT: every costed layer alike, in order (the classifier's width aside, 1000 vs the
 * real file's classes). How long they take is measured by `npm run bench:inference` (lab vs
 * /classify in one browser), not here: a timed unit test would only measure the machine's load.
 */
test.skipIf(!existsSync(REAL_V2))(
  "the lab's built V2 1.0-224 has the real V2's layers: kinds, shapes, kernels, strides and groups",
  () => {
    const real = layers(new Uint8Array(readFileSync(REAL_V2)));
    const built = layers(buildOnnxModel("v2", { alpha: 1, resolution: 224 }).bytes);
    expect(built.length).toBe(real.length);
    expect(built.length).toBeGreaterThan(50);
    const head = (xs: typeof real) => xs.slice(0, -1);
    expect(head(built)).toEqual(head(real));
    expect(built.at(-1)?.kind).toBe(real.at(-1)?.kind);
    expect(built.at(-1)?.inputChannels).toBe(real.at(-1)?.inputChannels);
  },
);
