import Link from "next/link";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { CostLink } from "./cost-link";
import { Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { WrapUp } from "./wrap-up";
import { Term } from "./term";

/** Lesson 7: from counting to running a real MobileNet on your own photo. */
export function RunItYourselfLesson() {
  return (
    <Prose>
      <p>You have counted multiply-adds by hand and with sliders. Now run the real thing.</p>
      <h2>Classify your own photo</h2>
      <p>
        The{" "}
        <Link href="/classify" className="underline">
          Classify
        </Link>{" "}
        page runs pretrained MobileNets in your browser, with onnxruntime-web on{" "}
        <Term id="wasm-webgpu">WebAssembly or WebGPU</Term>. Pick a photo and compare what each
        version sees and how long it takes. One of them is MobileNetV1 at α = 0.75:{" "}
        <CostLink alpha={0.75} metric="macs" /> and <CostLink alpha={0.75} metric="params" /> by our
        count.
      </p>
      <h2>Time it</h2>
      <p>
        The{" "}
        <Link href="/lab" className="underline">
          Lab
        </Link>{" "}
        builds networks from the same specifications the lessons use and times them on your machine,
        so you can see how far multiply-adds are from milliseconds.
      </p>
      <h2>Keep exploring</h2>
      <p>
        The{" "}
        <Link href="/explore" className="underline">
          explorer
        </Link>{" "}
        takes any version at any width and resolution, layer by layer. Every view has its own link,
        so you can send someone exactly what you are looking at.
      </p>
      <h2>Where to go from here</h2>
      <p>
        You have seen why MobileNets are cheap: depthwise separable convolutions, two knobs for
        width and resolution, inverted residuals, squeeze-and-excite and h-swish, and one block for
        every chip. These pages show the same ideas at work in real models:
      </p>
      <WrapUp />
      <SelfCheck questions={SELF_CHECKS["run-it-yourself"] ?? []} />
    </Prose>
  );
}
