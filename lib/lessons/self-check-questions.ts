/**
 * Each lesson's closing self-check (2–3 questions), keyed by lesson slug. Kept as data so a unit test
 * can check that every lesson has one and that each question has exactly one right answer.
 * Every explanation is checked against mobilenet-facts.md.
 */
import type { SelfCheckQuestion } from "./self-check";

export const SELF_CHECKS: Readonly<Record<string, readonly SelfCheckQuestion[]>> = {
  "why-efficient": [
    {
      id: "flops",
      prompt:
        "The ShuffleNet paper lists MobileNetV1 (1.0, 224) at “569 MFLOPs”. What is that 569 M really counting?",
      options: [
        { text: "Multiply-adds (MACs)", correct: true },
        { text: "Floating-point operations, so 2 × 569 M multiply-adds" },
        { text: "Parameters" },
      ],
      explanation:
        "569 M is exactly V1's multiply-add count (Table 6). Many papers and tools write “FLOPs” for MACs; if FLOPs are counted as one multiply plus one add, V1 needs about 1.1 G.",
    },
    {
      id: "vgg",
      prompt:
        "By V1's Table 8, about how many times fewer multiply-adds does MobileNetV1 need than VGG16?",
      options: [{ text: "About 3×" }, { text: "About 27×", correct: true }, { text: "About 270×" }],
      explanation:
        "15,300 M ÷ 569 M ≈ 27, while ImageNet top-1 drops less than one point (71.5 % → 70.6 %).",
    },
    {
      id: "latency",
      prompt:
        "Two models need about the same number of multiply-adds. Will they run equally fast on the same phone?",
      options: [
        { text: "Yes, MACs determine latency" },
        { text: "Not necessarily", correct: true },
      ],
      explanation:
        "V2's Table 4 times both on one Pixel 1 core: NasNet-A (564 M multiply-adds) takes 183 ms, MobileNetV1 (listed there as 575 M) takes 113 ms. Memory traffic and how well each operation maps to the hardware matter too.",
    },
  ],
  "depthwise-separable": [
    {
      id: "ratio",
      prompt:
        "A 3×3 layer has N = 256 output channels. About how many times cheaper is its depthwise separable version?",
      options: [
        { text: "About 2×" },
        { text: "About 8.7×", correct: true },
        { text: "About 256×" },
      ],
      explanation:
        "The ratio is 1/N + 1/D_K² = 1/256 + 1/9 ≈ 0.115, so the separable layer needs about 1/0.115 ≈ 8.7× fewer multiply-adds.",
    },
    {
      id: "dominant",
      prompt: "In a separable layer with M = N = 512, which part costs more?",
      options: [
        { text: "The 3×3 depthwise part" },
        { text: "The 1×1 pointwise part", correct: true },
        { text: "They cost the same" },
      ],
      explanation:
        "Depthwise costs 9·M·D_F², pointwise M·N·D_F². With N = 512 the pointwise part is 512/9 ≈ 57× larger, which is why V1 spends about 95 % of its multiply-adds in 1×1 convolutions.",
    },
    {
      id: "mixing",
      prompt: "Which step combines information across channels?",
      options: [
        { text: "The depthwise convolution" },
        { text: "The pointwise (1×1) convolution", correct: true },
      ],
      explanation:
        "A depthwise filter sees one channel only. The 1×1 pointwise convolution is a weighted sum over all input channels at each pixel.",
    },
  ],
  "width-and-resolution": [
    {
      id: "alpha-half",
      prompt: "You set α = 0.5. Roughly what happens to MobileNetV1's multiply-adds?",
      options: [
        { text: "They halve" },
        { text: "They drop to about a quarter", correct: true },
        { text: "They stay the same" },
      ],
      explanation:
        "Pointwise cost is αM·αN·D_F², so it scales with α². The paper's 0.5 MobileNet-224 needs 149 M multiply-adds against 569 M: 26 %, close to ¼.",
    },
    {
      id: "rho-params",
      prompt:
        "You lower the input from 224 to 160 pixels. What happens to the number of parameters?",
      options: [
        { text: "Nothing: weights do not depend on the image size", correct: true },
        { text: "They fall with ρ²" },
        { text: "They fall with ρ" },
      ],
      explanation:
        "A convolution's weights are D_K·D_K·M·N whatever the map size. Only the multiply-adds shrink, by ρ² (V1 §3.4); Table 7 lists 4.2 M params at every resolution.",
    },
    {
      id: "rho-macs",
      prompt:
        "At α = 1, going from 224 to 160 pixels (ρ ≈ 0.714) takes the multiply-adds from 569 M to about…",
      options: [{ text: "406 M" }, { text: "290 M", correct: true }, { text: "149 M" }],
      explanation:
        "ρ² = (160/224)² ≈ 0.51, and 569 M × 0.51 ≈ 290 M, the value in V1 Table 7. Our exact count is 290,675,200.",
    },
  ],
  "mobilenet-v2": [
    {
      id: "linear",
      prompt: "Which layer of a MobileNetV2 block has no activation function?",
      options: [
        { text: "The 1×1 expansion" },
        { text: "The 3×3 depthwise convolution" },
        { text: "The 1×1 projection", correct: true },
      ],
      explanation:
        "V2 Table 1: expansion and depthwise use ReLU6; the projection back to the narrow bottleneck is linear, so no information is clipped away there.",
    },
    {
      id: "residual",
      prompt: "When does a V2 block add its input to its output?",
      options: [
        { text: "Always" },
        { text: "When the stride is 1 and the input and output channels match", correct: true },
        { text: "Only in the first block of each stage" },
      ],
      explanation:
        "The shapes must match for an addition: stride 2 changes the map size, and a change of width changes the channel count.",
    },
    {
      id: "cost",
      prompt: "MobileNetV2 1.0-224 against MobileNetV1 1.0-224 (papers' numbers): which is true?",
      options: [
        { text: "V2 is more accurate with about half the multiply-adds", correct: true },
        { text: "V2 is more accurate but needs more multiply-adds" },
        { text: "V2 is cheaper but less accurate" },
      ],
      explanation:
        "V2 Table 4: 72.0 % top-1 at 300 M multiply-adds and 3.4 M params, against V1's 70.6 % at 569 M and 4.2 M.",
    },
  ],
  "mobilenet-v3": [
    {
      id: "hswish",
      prompt: "What is h-swish(x) for x = 4?",
      options: [{ text: "0" }, { text: "4", correct: true }, { text: "6" }],
      explanation:
        "h-swish(x) = x·ReLU6(x+3)/6. For x ≥ 3, ReLU6(x+3) = 6, so h-swish(x) = x: here 4.",
    },
    {
      id: "se",
      prompt: "How wide is the squeeze in a V3 squeeze-and-excite module?",
      options: [
        { text: "A quarter of the block's expansion channels", correct: true },
        { text: "Always 16 channels" },
        { text: "The same as the expansion" },
      ],
      explanation:
        "V3 §5.3 fixes the bottleneck of SE to 1/4 of the channels of the expansion layer, made a multiple of 8 by make_divisible (72 / 4 = 18 becomes 24).",
    },
    {
      id: "small",
      prompt: "What does the final V3 paper report for MobileNetV3-Small 1.0?",
      options: [
        { text: "2.9 M params, 66 M multiply-adds" },
        { text: "2.5 M params, 56 M multiply-adds", correct: true },
        { text: "5.4 M params, 219 M multiply-adds" },
      ],
      explanation:
        "The final version's Table 3 says 67.4 % top-1 at 56 M and 2.5 M. The often-quoted 2.9 M / 66 M come from earlier arXiv versions and the checkpoint tables (with a 1280-wide last layer); 5.4 M / 219 M is V3-Large.",
    },
  ],
  "mobilenet-v4": [
    {
      id: "ib",
      prompt: "A UIB has no start depthwise conv and a 3×3 middle one. Which block is that?",
      options: [
        { text: "ExtraDW" },
        { text: "MobileNetV2's inverted bottleneck (IB)", correct: true },
        { text: "FFN" },
      ],
      explanation:
        "Start 0, middle k is expand → depthwise → project: exactly the V2 block. ExtraDW has both depthwise convs, FFN has neither.",
    },
    {
      id: "mqa",
      prompt: "What do the query heads of Mobile MQA share?",
      options: [
        { text: "One key head and one value head", correct: true },
        { text: "Nothing; each head has its own keys and values" },
        { text: "One query head" },
      ],
      explanation:
        "Multi-query attention keeps several query heads but a single shared key and value, so there are fewer keys and values to compute and read; in the hybrids' fourth stage V4 also downsamples keys and values with a stride-2 depthwise conv.",
    },
    {
      id: "ffn",
      prompt: "Which UIB instantiation mixes no information between neighbouring pixels?",
      options: [{ text: "ConvNext-like" }, { text: "FFN", correct: true }, { text: "ExtraDW" }],
      explanation:
        "FFN is two 1×1 convolutions, both pointwise: each pixel is processed on its own.",
    },
  ],
  "run-it-yourself": [
    {
      id: "predict",
      prompt: "Model A needs half the multiply-adds of model B. In your browser, A will take…",
      options: [
        { text: "exactly half the time" },
        { text: "probably less time, but you have to measure", correct: true },
      ],
      explanation:
        "Multiply-adds are a good first guess, but memory traffic and how each operation maps to the backend (WASM or WebGPU) change the time. That is what the Lab measures.",
    },
    {
      id: "privacy",
      prompt: "Where does your photo go when you classify it here?",
      options: [
        { text: "To a server that runs the model" },
        { text: "Nowhere: the model runs in your browser", correct: true },
      ],
      explanation:
        "The model file is downloaded once and onnxruntime-web runs it on your device; the image never leaves the page.",
    },
  ],
};
