/**
 * Every term the lessons use before (or without) explaining it, in one or two sentences each. The
 * lessons underline a term's first use and link here (/learn/glossary#<id>). Facts are from
 * mobilenet-facts.md (V1 §3, V2 Table 1, V3 §5, V4 Table 16); the wording is ours.
 */
export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  /** The lesson that explains it in full, if one does. */
  readonly lesson?: string;
}

export const GLOSSARY = {
  imagenet: {
    term: "ImageNet",
    definition:
      "The benchmark every MobileNet paper reports: photos sorted into 1,000 classes (dog breeds, vehicles, foods…). A model trained on it outputs 1,000 scores, one per class.",
  },
  "top-1": {
    term: "Top-1 accuracy",
    definition:
      "The share of test photos whose highest-scoring class is the right one. Top-5 accuracy counts a photo as right when the right class is among the five highest.",
  },
  parameters: {
    term: "Parameters",
    definition:
      "The learned numbers of a network: convolution and fully connected weights (and biases). They set the file size and the memory a model needs, not its speed.",
    lesson: "why-efficient",
  },
  macs: {
    term: "MACs (multiply-adds)",
    definition:
      "One multiply followed by one add. All four MobileNet papers count the cost of convolutions and fully connected layers in multiply-adds.",
    lesson: "why-efficient",
  },
  flops: {
    term: "FLOPs",
    definition:
      "Floating-point operations. Many papers and tools write FLOPs when they count multiply-adds; counted properly, one multiply-add is two FLOPs.",
    lesson: "why-efficient",
  },
  latency: {
    term: "Latency",
    definition:
      "The time to process one image on a given device, in milliseconds. Unlike parameters and multiply-adds it depends on the hardware and the software that runs the model.",
    lesson: "why-efficient",
  },
  convolution: {
    term: "Convolution",
    definition:
      "A layer that slides small filters over an image or feature map; at each position it multiplies the window by the filter's weights and adds the products up.",
    lesson: "depthwise-separable",
  },
  kernel: {
    term: "Kernel (filter)",
    definition:
      "The small grid of weights a convolution slides, D_K × D_K pixels (3×3 in most MobileNet layers) and as deep as the channels it reads.",
    lesson: "depthwise-separable",
  },
  channel: {
    term: "Channel",
    definition:
      "One plane of a feature map: an image has three (red, green, blue); inside a network each filter writes one channel. M is a layer's input channels, N its output channels.",
    lesson: "depthwise-separable",
  },
  "feature-map": {
    term: "Feature map",
    definition:
      "What a layer outputs: a height × width × channels block of numbers. D_F is its height and width in the lessons' formulas.",
    lesson: "depthwise-separable",
  },
  stride: {
    term: "Stride",
    definition:
      "How far a filter moves between positions. Stride 2 skips every other position, so the output map is half as high and half as wide.",
  },
  depthwise: {
    term: "Depthwise convolution",
    definition:
      "A convolution with one filter per input channel: each channel is filtered on its own, and no channels are mixed.",
    lesson: "depthwise-separable",
  },
  pointwise: {
    term: "Pointwise (1×1) convolution",
    definition:
      "A convolution with a 1×1 kernel: at every pixel, each output channel is a weighted sum of all input channels. It mixes channels and never looks at neighbours.",
    lesson: "depthwise-separable",
  },
  "depthwise-separable": {
    term: "Depthwise separable convolution",
    definition:
      "A depthwise convolution followed by a pointwise one, replacing a standard convolution. For a 3×3 kernel it needs 8 to 9 times fewer multiply-adds (V1 §3.1).",
    lesson: "depthwise-separable",
  },
  batchnorm: {
    term: "BatchNorm (batch normalisation)",
    definition:
      "A step after each convolution that rescales every channel by a learned factor γ and shifts it by a learned β. MobileNet papers do not count it in their multiply-adds or parameters.",
  },
  relu: {
    term: "ReLU and ReLU6",
    definition:
      "Activation functions: ReLU keeps positive values and sets negative ones to 0; ReLU6 also caps values at 6, which suits low-precision arithmetic.",
  },
  "width-multiplier": {
    term: "Width multiplier α",
    definition:
      "A knob that thins every layer to α times its channels; multiply-adds and parameters fall roughly with α² (V1 §3.3).",
    lesson: "width-and-resolution",
  },
  "resolution-multiplier": {
    term: "Resolution multiplier ρ",
    definition:
      "The input size divided by 224. Multiply-adds fall with ρ²; parameters do not change, because filters do not depend on the size of the map (V1 §3.4).",
    lesson: "width-and-resolution",
  },
  "inverted-residual": {
    term: "Inverted residual (bottleneck)",
    definition:
      "MobileNetV2's block: a 1×1 expansion to t times the channels, a 3×3 depthwise convolution, and a linear 1×1 projection back to a narrow bottleneck (V2 Table 1).",
    lesson: "mobilenet-v2",
  },
  residual: {
    term: "Residual connection",
    definition:
      "Adding a block's input to its output. It needs both to have the same shape, so only blocks with stride 1 and equal input and output channels have one.",
    lesson: "mobilenet-v2",
  },
  "squeeze-and-excite": {
    term: "Squeeze-and-excite (SE)",
    definition:
      "A small branch that averages each channel to one number, passes the result through two tiny layers, and scales every channel by the weight it gets. In V3 the squeeze is a quarter of the expansion's channels (V3 §5.3).",
    lesson: "mobilenet-v3",
  },
  "h-swish": {
    term: "h-swish",
    definition:
      "MobileNetV3's cheap stand-in for the swish activation: x · ReLU6(x + 3) / 6, built from operations every phone runs fast.",
    lesson: "mobilenet-v3",
  },
  nas: {
    term: "Architecture search (NAS)",
    definition:
      "Letting an algorithm choose a network's layers (kernel sizes, widths, block types) by measuring candidates, instead of designing each by hand. V3 and V4 were found this way.",
    lesson: "mobilenet-v3",
  },
  uib: {
    term: "Universal inverted bottleneck (UIB)",
    definition:
      "MobileNetV4's block: V2's inverted bottleneck with two optional depthwise convolutions, one before the expansion and one in the middle. Its four settings are IB, ConvNext-like, ExtraDW and FFN.",
    lesson: "mobilenet-v4",
  },
  attention: {
    term: "Attention (Mobile MQA)",
    definition:
      "A layer in which every position of the map weighs every other position. MobileNetV4's hybrids use multi-query attention: several query heads share one key head and one value head.",
    lesson: "mobilenet-v4",
  },
  roofline: {
    term: "Roofline and ridge point",
    definition:
      "A model of speed: a layer takes the longer of its arithmetic time and its memory time. A chip's ridge point is its peak multiply-adds per second divided by its memory bandwidth (31.2 MACs per byte for the Pixel 6 CPU, 433.8 for the Pixel 8 EdgeTPU, V4 Table 16).",
    lesson: "mobilenet-v4",
  },
  onnx: {
    term: "ONNX",
    definition:
      "An open file format for trained networks: the graph of layers and their weights. This site runs ONNX files in the browser with onnxruntime-web.",
    lesson: "run-it-yourself",
  },
  "wasm-webgpu": {
    term: "WebAssembly and WebGPU",
    definition:
      "Two ways a browser can run a model: WebAssembly on the CPU, WebGPU on the graphics chip. Either way the photo stays on your device.",
    lesson: "run-it-yourself",
  },
} as const satisfies Readonly<Record<string, GlossaryEntry>>;

export type GlossaryId = keyof typeof GLOSSARY;

export const GLOSSARY_IDS = Object.keys(GLOSSARY) as GlossaryId[];

/** The glossary's link for a term. */
export function glossaryHref(id: GlossaryId): string {
  return `/learn/glossary#${id}`;
}

/** Terms in alphabetical order of their names, as the glossary page lists them. */
export function glossaryInOrder(): { readonly id: GlossaryId; readonly entry: GlossaryEntry }[] {
  return GLOSSARY_IDS.map((id) => ({ id, entry: GLOSSARY[id] as GlossaryEntry })).sort((a, b) =>
    a.entry.term.localeCompare(b.entry.term, "en"),
  );
}
