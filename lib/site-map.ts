/** The site's top-level sections, in navigation order (product.md, "Site map"). */
export interface Section {
  readonly href: string;
  readonly label: string;
  readonly blurb: string;
}

export const SECTIONS: readonly Section[] = [
  {
    href: "/learn",
    label: "Learn",
    blurb:
      "Eight short lessons, from why phones need cheap networks to MobileNetV4 and MobileNet as a backbone, with a glossary.",
  },
  {
    href: "/explore",
    label: "Explore",
    blurb:
      "Any MobileNet at any width and resolution: exact parameters and multiply-adds, layer by layer.",
  },
  {
    href: "/blocks",
    label: "Blocks",
    blurb: "Watch a tensor flow through each block type, with its real shapes and costs.",
  },
  {
    href: "/classify",
    label: "Classify",
    blurb: "Your own photo through real pretrained MobileNets, in your browser, on WASM or WebGPU.",
  },
  {
    href: "/inside",
    label: "Inside",
    blurb:
      "Your photo through every layer of a real MobileNet: activations, real kernels, and each layer's costs.",
  },
  {
    href: "/detect",
    label: "Detect",
    blurb:
      "MobileNet as a backbone: real object detection (SSD) and segmentation (DeepLab) on your photo and webcam.",
  },
  {
    href: "/lab",
    label: "Lab",
    blurb: "Build any MobileNet as an ONNX graph and time it: multiply-adds are not milliseconds.",
  },
  {
    href: "/teach",
    label: "Teach",
    blurb:
      "Teach a real MobileNet your own classes from a few photos, see why it works, compare backbones, export ONNX.",
  },
  {
    href: "/model",
    label: "Your model",
    blurb: "Open any ONNX file: per-layer multiply-adds and parameters, a timing, and predictions.",
  },
];

/** The four MobileNet papers, cited in the footer and the lessons. */
export interface Paper {
  readonly short: string;
  readonly title: string;
  readonly authors: string;
  readonly venue: string;
  readonly url: string;
}

export const PAPERS: readonly Paper[] = [
  {
    short: "V1",
    title: "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications",
    authors: "Howard et al.",
    venue: "arXiv 1704.04861, 2017",
    url: "https://arxiv.org/abs/1704.04861",
  },
  {
    short: "V2",
    title: "MobileNetV2: Inverted Residuals and Linear Bottlenecks",
    authors: "Sandler et al.",
    venue: "CVPR 2018",
    url: "https://arxiv.org/abs/1801.04381",
  },
  {
    short: "V3",
    title: "Searching for MobileNetV3",
    authors: "Howard et al.",
    venue: "ICCV 2019",
    url: "https://arxiv.org/abs/1905.02244",
  },
  {
    short: "V4",
    title: "MobileNetV4: Universal Models for the Mobile Ecosystem",
    authors: "Qin et al.",
    venue: "ECCV 2024",
    url: "https://arxiv.org/abs/2404.10518",
  },
];
