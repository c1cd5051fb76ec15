/** The lesson path, in order. Routes are /learn/<slug>; each lesson's page links to its neighbours. */
export interface LessonEntry {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
}

export const LESSONS: readonly LessonEntry[] = [
  {
    slug: "why-efficient",
    title: "Why efficient networks?",
    summary:
      "What parameters, multiply-adds and latency mean, and why VGG-sized models do not fit a phone.",
  },
  {
    slug: "depthwise-separable",
    title: "Depthwise separable convolution",
    summary:
      "Split one convolution into a per-channel filter and a 1×1 mix, and count what you save.",
  },
  {
    slug: "width-and-resolution",
    title: "Width α and resolution ρ",
    summary:
      "Two knobs that trade accuracy for cost, and why cost falls roughly with their squares.",
  },
  {
    slug: "mobilenet-v2",
    title: "MobileNetV2: inverted residuals",
    summary:
      "Expand, filter, project: why the bottleneck is narrow and why its projection stays linear.",
  },
  {
    slug: "mobilenet-v3",
    title: "MobileNetV3: search, SE and h-swish",
    summary: "Architecture search, squeeze-and-excite, a cheap swish, and a redesigned head.",
  },
  {
    slug: "mobilenet-v4",
    title: "MobileNetV4: one block for every chip",
    summary: "The universal inverted bottleneck's four shapes, and attention made mobile.",
  },
  {
    slug: "run-it-yourself",
    title: "Run it yourself",
    summary: "From counting multiply-adds to classifying your own photo, and timing it.",
  },
  {
    slug: "mobilenet-as-backbone",
    title: "MobileNet as a backbone",
    summary:
      "Transfer learning, object detection and segmentation: what a MobileNet does inside SSD and DeepLab, and what it costs there.",
  },
];

/** The lesson with this slug, or undefined. */
export function lessonBySlug(slug: string): LessonEntry | undefined {
  return LESSONS.find((l) => l.slug === slug);
}

/** The lessons before and after `slug` in the path (undefined at either end). */
export function lessonNeighbours(slug: string): {
  readonly prev: LessonEntry | undefined;
  readonly next: LessonEntry | undefined;
} {
  const i = LESSONS.findIndex((l) => l.slug === slug);
  return { prev: i > 0 ? LESSONS[i - 1] : undefined, next: i >= 0 ? LESSONS[i + 1] : undefined };
}
