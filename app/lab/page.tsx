import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { LabExplorer } from "@/components/lab/lab-explorer";
import { ParamSources } from "@/components/lab/param-sources";
import { PageIntro } from "@/components/shell/page-intro";

export const metadata: Metadata = { title: "Latency lab" };

export default function LabPage() {
  return (
    <div>
      <PageIntro title="Latency lab">
        Multiply-adds are not milliseconds. A depthwise convolution moves far more memory per
        multiply-add than a 1×1 convolution, so a network&apos;s speed does not follow its MAC
        count, and the gap differs between WebAssembly (CPU) and WebGPU. Here you can measure it:
        the page builds any MobileNet as an ONNX graph, at any width α and input size, straight from
        the same architecture tables as the cost explorer, and times it in your browser with
        onnxruntime-web. MobileNetV4&apos;s paper explains the gap with a{" "}
        <Link href="/learn/mobilenet-v4#roofline" className="underline">
          roofline model
        </Link>
        : each layer is limited either by its multiply-adds or by its memory traffic, whichever is
        slower on the chip.
      </PageIntro>
      <p
        role="note"
        className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      >
        <strong>Random weights — for timing only.</strong> Every graph has the official code&apos;s
        architecture (its layers and shapes, batch norm folded into the conv biases) but seeded
        random weights, so its predictions are meaningless. Its parameter count (our exact count
        plus the folded batch-norm biases) differs from some papers&apos; printed totals; both are
        listed below. The downloadable <code>.onnx</code> files are for speed experiments, not for
        classifying.
      </p>
      <ParamSources />
      <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        Each point: build the graph in a Web Worker, create a session, one cold run and one warm-up
        run, then the timed runs; the table shows their median. Throughput is GFLOP/s = 2 × MACs /
        time. The per-op time split comes from onnxruntime-web&apos;s session profiler, on WASM
        only: the WebGPU build this page loads does not report kernel times to it.
        (onnxruntime-web&apos;s older JSEP WebGPU build has its own kernel profiler,{" "}
        <code>env.webgpu.profiling</code>; this page does not use that build.) A WebGPU adapter that
        is a software emulation (SwiftShader) is labelled: it runs on the CPU and says nothing about
        a real GPU.
      </p>
      <div className="mt-8">
        <Suspense
          fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the lab…</p>}
        >
          <LabExplorer />
        </Suspense>
      </div>
    </div>
  );
}
