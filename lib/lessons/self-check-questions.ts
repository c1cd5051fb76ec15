/**
 * Each lesson's closing self-check (2–3 questions), keyed by lesson slug. Kept as data so a unit test
 * can check that every lesson has one and that each question has exactly one right answer.
 * Every explanation is checked against mobilenet-facts.md.
 */
import type { SelfCheckQuestion } from "./self-check";
import { BACKBONE_QUESTIONS } from "./backbone-questions";

export const SELF_CHECKS: Readonly<Record<string, readonly SelfCheckQuestion[]>> = {
  "mobilenet-as-backbone": BACKBONE_QUESTIONS,
  "why-efficient": [
    {
      id: "flops",
      prompt:
        "The ShuffleNet paper lists MobileNetV1 (1.0, 224) at “569 MFLOPs”. What is that 569 M really counting?",
      options: [
        { text: "Multiply-adds (MACs)", correct: true },
        {
          text: "Floating-point operations, so 2 × 569 M multiply-adds",
          hint: "Compare 569 M with V1's multiply-add count in its own Table 6. Is a second factor of two really there?",
        },
        {
          text: "Parameters",
          hint: "V1 has about 4.2 M parameters, not hundreds of millions. 569 M counts operations, not weights.",
        },
      ],
      explanation:
        "569 M is exactly V1's multiply-add count (Table 6). Many papers and tools write “FLOPs” for MACs; if FLOPs are counted as one multiply plus one add, V1 needs about 1.1 G.",
    },
    {
      id: "vgg",
      prompt:
        "By V1's Table 8, about how many times fewer multiply-adds does MobileNetV1 need than VGG16?",
      options: [
        { text: "About 3×", hint: "Divide VGG16's 15,300 M multiply-adds by V1's 569 M." },
        { text: "About 27×", correct: true },
        {
          text: "About 270×",
          hint: "Check the order of magnitude: 15,300 M ÷ 569 M is a two-digit number.",
        },
      ],
      explanation:
        "15,300 M ÷ 569 M ≈ 27, while ImageNet top-1 drops less than one point (71.5 % → 70.6 %).",
    },
    {
      id: "latency",
      prompt:
        "Two models need about the same number of multiply-adds. Will they run equally fast on the same phone?",
      options: [
        {
          text: "Yes, MACs determine latency",
          hint: "Multiply-adds count arithmetic. What else does a phone spend time on, besides arithmetic?",
        },
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
        {
          text: "About 2×",
          hint: "Use the ratio $1/N + 1/D_K^2$ with $N = 256$ and $D_K = 3$, then invert it.",
        },
        { text: "About 8.7×", correct: true },
        {
          text: "About 256×",
          hint: "$1/N$ is only one of the two terms. The $1/D_K^2 = 1/9$ term is much larger and limits the saving.",
        },
      ],
      explanation: String.raw`The ratio is $1/N + 1/D_K^2 = 1/256 + 1/9 \approx 0.115$, so the separable layer needs about 1/0.115 ≈ 8.7× fewer multiply-adds.`,
    },
    {
      id: "dominant",
      prompt: "In a separable layer with M = N = 512, which part costs more?",
      options: [
        {
          text: "The 3×3 depthwise part",
          hint: String.raw`Write both costs per output pixel: depthwise $D_K^2 \cdot M$, pointwise $M \cdot N$. Which is bigger when $N = 512$?`,
        },
        { text: "The 1×1 pointwise part", correct: true },
        {
          text: "They cost the same",
          hint: "They would only match if $N = D_K^2 = 9$. Here $N = 512$.",
        },
      ],
      explanation: String.raw`Depthwise costs $9 \cdot M \cdot D_F^2$, pointwise $M \cdot N \cdot D_F^2$. With N = 512 the pointwise part is 512/9 ≈ 57× larger, which is why V1 spends about 95 % of its multiply-adds in 1×1 convolutions.`,
    },
    {
      id: "mixing",
      prompt: "Which step combines information across channels?",
      options: [
        {
          text: "The depthwise convolution",
          hint: "How many input channels does one depthwise filter read?",
        },
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
        {
          text: "They halve",
          hint: String.raw`α thins both the input and the output channels of a pointwise layer. What does that do to $\alpha M \cdot \alpha N$?`,
        },
        { text: "They drop to about a quarter", correct: true },
        {
          text: "They stay the same",
          hint: "α changes the number of channels in every layer, and every channel costs multiply-adds.",
        },
      ],
      explanation: String.raw`Pointwise cost is $\alpha M \cdot \alpha N \cdot D_F^2$, so it scales with α². The paper's 0.5 MobileNet-224 needs 149 M multiply-adds against 569 M: 26 %, close to ¼.`,
    },
    {
      id: "rho-params",
      prompt:
        "You lower the input from 224 to 160 pixels. What happens to the number of parameters?",
      options: [
        { text: "Nothing: weights do not depend on the image size", correct: true },
        {
          text: "They fall with ρ²",
          hint: "That is what happens to the multiply-adds. Does a filter's number of weights depend on the size of the map it slides over?",
        },
        {
          text: "They fall with ρ",
          hint: String.raw`Look at a convolution's weight count, $D_K \cdot D_K \cdot M \cdot N$: which of these depends on the image size?`,
        },
      ],
      explanation: String.raw`A convolution's weights are $D_K \cdot D_K \cdot M \cdot N$ whatever the map size. Only the multiply-adds shrink, by ρ² (V1 §3.4); Table 7 lists 4.2 M params at every resolution.`,
    },
    {
      id: "rho-macs",
      prompt:
        "At α = 1, going from 224 to 160 pixels (ρ ≈ 0.714) takes the multiply-adds from 569 M to about…",
      options: [
        {
          text: "406 M",
          hint: "569 M × 0.714 ≈ 406 M scales with ρ. But the map shrinks in both height and width.",
        },
        { text: "290 M", correct: true },
        {
          text: "149 M",
          hint: "149 M is the α = 0.5 model. Here only the resolution changes: multiply by ρ².",
        },
      ],
      explanation:
        "ρ² = (160/224)² ≈ 0.51, and 569 M × 0.51 ≈ 290 M, the value in V1 Table 7. Our exact count is 290,675,200.",
    },
  ],
  "mobilenet-v2": [
    {
      id: "linear",
      prompt: "Which layer of a MobileNetV2 block has no activation function?",
      options: [
        {
          text: "The 1×1 expansion",
          hint: "The expansion widens the tensor, where a ReLU6 loses little. Which layer writes the narrow bottleneck?",
        },
        {
          text: "The 3×3 depthwise convolution",
          hint: "The depthwise filter works on the wide, expanded tensor. Look for the layer whose output is narrow.",
        },
        { text: "The 1×1 projection", correct: true },
      ],
      explanation:
        "V2 Table 1: expansion and depthwise use ReLU6; the projection back to the narrow bottleneck is linear, so no information is clipped away there.",
    },
    {
      id: "residual",
      prompt: "When does a V2 block add its input to its output?",
      options: [
        {
          text: "Always",
          hint: "An addition needs two tensors of the same shape. Can a stride-2 block add its input to its output?",
        },
        { text: "When the stride is 1 and the input and output channels match", correct: true },
        {
          text: "Only in the first block of each stage",
          hint: "The first block of a stage usually changes the stride or the width. What does that do to the shapes?",
        },
      ],
      explanation:
        "The shapes must match for an addition: stride 2 changes the map size, and a change of width changes the channel count.",
    },
    {
      id: "cost",
      prompt: "MobileNetV2 1.0-224 against MobileNetV1 1.0-224 (papers' numbers): which is true?",
      options: [
        { text: "V2 is more accurate with about half the multiply-adds", correct: true },
        {
          text: "V2 is more accurate but needs more multiply-adds",
          hint: "Compare V2's 300 M with V1's 569 M multiply-adds.",
        },
        {
          text: "V2 is cheaper but less accurate",
          hint: "Compare the top-1 numbers: V2 72.0 %, V1 70.6 %.",
        },
      ],
      explanation:
        "V2 Table 4: 72.0 % top-1 at 300 M multiply-adds and 3.4 M params, against V1's 70.6 % at 569 M and 4.2 M.",
    },
  ],
  "mobilenet-v3": [
    {
      id: "hswish",
      prompt: "What is h-swish(x) for x = 4?",
      options: [
        {
          text: "0",
          hint: String.raw`ReLU6(4 + 3) is not 0. Compute $x \cdot \mathrm{ReLU6}(x+3)/6$ for $x = 4$.`,
        },
        { text: "4", correct: true },
        { text: "6", hint: "ReLU6 caps at 6, but the result is then multiplied by $x/6$." },
      ],
      explanation: String.raw`$\text{h-swish}(x) = x \cdot \mathrm{ReLU6}(x+3)/6$. For x ≥ 3, ReLU6(x+3) = 6, so h-swish(x) = x: here 4.`,
    },
    {
      id: "se",
      prompt: "How wide is the squeeze in a V3 squeeze-and-excite module?",
      options: [
        { text: "A quarter of the block's expansion channels", correct: true },
        {
          text: "Always 16 channels",
          hint: "The squeeze width follows the block: wider expansions get a wider squeeze.",
        },
        {
          text: "The same as the expansion",
          hint: "A squeeze that keeps every channel would not squeeze. V3 divides by a fixed factor.",
        },
      ],
      explanation:
        "V3 §5.3 fixes the bottleneck of SE to 1/4 of the channels of the expansion layer, made a multiple of 8 by make_divisible (72 / 4 = 18 becomes 24).",
    },
    {
      id: "small",
      prompt: "What does the final V3 paper report for MobileNetV3-Small 1.0?",
      options: [
        {
          text: "2.9 M params, 66 M multiply-adds",
          hint: "Those numbers are real, but from an earlier version of the paper. Which table does the final version print?",
        },
        { text: "2.5 M params, 56 M multiply-adds", correct: true },
        {
          text: "5.4 M params, 219 M multiply-adds",
          hint: "That is the larger sibling. Small is several times cheaper.",
        },
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
        {
          text: "ExtraDW",
          hint: "ExtraDW has a depthwise conv at both the start and the middle. This block has no start one.",
        },
        { text: "MobileNetV2's inverted bottleneck (IB)", correct: true },
        {
          text: "FFN",
          hint: "FFN has no depthwise conv at all. This block has a 3×3 one in the middle.",
        },
      ],
      explanation:
        "Start 0, middle k is expand → depthwise → project: exactly the V2 block. ExtraDW has both depthwise convs, FFN has neither.",
    },
    {
      id: "mqa",
      prompt: "What do the query heads of Mobile MQA share?",
      options: [
        { text: "One key head and one value head", correct: true },
        {
          text: "Nothing; each head has its own keys and values",
          hint: "That is ordinary multi-head attention. What does the 'multi-query' variant share?",
        },
        {
          text: "One query head",
          hint: "Mobile MQA keeps several query heads. What is shared across them?",
        },
      ],
      explanation:
        "Multi-query attention keeps several query heads but a single shared key and value, so there are fewer keys and values to compute and read; in the hybrids' fourth stage V4 also downsamples keys and values with a stride-2 depthwise conv.",
    },
    {
      id: "ffn",
      prompt: "Which UIB instantiation mixes no information between neighbouring pixels?",
      options: [
        {
          text: "ConvNext-like",
          hint: "ConvNext-like starts with a depthwise conv, which looks at neighbouring pixels.",
        },
        { text: "FFN", correct: true },
        {
          text: "ExtraDW",
          hint: "ExtraDW has two depthwise convs, and each looks at a k×k neighbourhood.",
        },
      ],
      explanation:
        "FFN is two 1×1 convolutions, both pointwise: each pixel is processed on its own.",
    },
  ],
  "run-it-yourself": [
    {
      id: "predict",
      prompt: "Model A needs half the multiply-adds of model B. In your browser, A will take…",
      options: [
        {
          text: "exactly half the time",
          hint: "Multiply-adds are not the only cost: memory traffic and each operation's speed on the backend count too.",
        },
        { text: "probably less time, but you have to measure", correct: true },
      ],
      explanation:
        "Multiply-adds are a good first guess, but memory traffic and how each operation maps to the backend (WASM or WebGPU) change the time. That is what the Lab measures.",
    },
    {
      id: "privacy",
      prompt: "Where does your photo go when you classify it here?",
      options: [
        {
          text: "To a server that runs the model",
          hint: "Look at the page's network requests while it classifies: only the model file is downloaded.",
        },
        { text: "Nowhere: the model runs in your browser", correct: true },
      ],
      explanation:
        "The model file is downloaded once and onnxruntime-web runs it on your device; the image never leaves the page.",
    },
  ],
};

/**
 * The lesson slug a question list belongs to (the lessons pass their list, not their slug), so answers
 * can be stored per lesson; null for a list that is not one of SELF_CHECKS.
 */
export function lessonOfQuestions(questions: readonly SelfCheckQuestion[]): string | null {
  return Object.entries(SELF_CHECKS).find(([, list]) => list === questions)?.[0] ?? null;
}
