/**
 * The self-check of "MobileNet as a backbone". Facts: mobilenet-facts.md §B.2–B.3; the cost share is
 * our count of the real SSD file (lib/detect/cost-split.test.ts pins it).
 */
import type { SelfCheckQuestion } from "./self-check";

export const BACKBONE_QUESTIONS: readonly SelfCheckQuestion[] = [
  {
    id: "ssd-maps",
    prompt:
      "SSD-MobileNetV1 predicts boxes from six feature maps. Which of them come from the MobileNet itself?",
    options: [
      {
        text: "All six",
        hint: "Count the layers SSD adds after the backbone's last separable block.",
      },
      { text: "Two: the 19×19 and 10×10 maps (Conv2d_11 and Conv2d_13)", correct: true },
      {
        text: "Only the 1×1 map, which sees the whole photo",
        hint: "The smallest maps are made by layers SSD adds; the backbone gives the finer ones.",
      },
    ],
    explanation:
      "The TF Object Detection API reads Conv2d_11_pointwise (19×19) and Conv2d_13_pointwise (10×10) from the MobileNetV1, then adds four extra layers for 5×5, 3×3, 2×2 and 1×1.",
  },
  {
    id: "atrous",
    prompt:
      "A DeepLab stops halving its feature map at output stride 8 instead of 32. How do its last layers still see a wide area of the photo?",
    options: [
      {
        text: "Atrous (dilated) convolution: the filter samples every rate-th pixel",
        correct: true,
      },
      {
        text: "Much bigger kernels, 7×7 and more",
        hint: "That would multiply the MACs; the trick keeps 3×3 kernels and spreads their taps apart.",
      },
      {
        text: "It downsamples the photo first",
        hint: "Shrinking the photo loses exactly the detail a per-pixel mask needs.",
      },
    ],
    explanation:
      "Atrous convolution samples the input every rate pixels, as if rate − 1 zeros sat between the filter's values: same weights and MACs per output, wider view, and the map stays large.",
  },
  {
    id: "ssd-share",
    prompt:
      "On a 300 px photo, what share of SSD-MobileNetV1's multiply-adds is the MobileNet backbone?",
    options: [
      {
        text: "About a fifth: detection heads are expensive",
        hint: "Look at the stacked bar: the darkest part is the backbone.",
      },
      { text: "About four fifths (83 %)", correct: true },
      {
        text: "Practically all of it (99 %)",
        hint: "The box and class predictors at 19×19 are not free: they add about 90 M MACs.",
      },
    ],
    explanation:
      "Counted from the file: 603 M of 728 M MACs are the backbone, so a cheaper backbone makes the whole detector cheaper — why SSD uses a MobileNet.",
  },
];
