import type { Metadata } from "next";
import { ClassifyApp } from "@/components/classify/classify-app";
import { modelSpecFor } from "@/components/classify/model-spec";
import { earlyWorkerScript } from "@/lib/inference/early-worker-script";
import { initialModelId } from "@/lib/inference/initial-model";
import { loadClassifyAssets, preparedModel } from "@/lib/inference/installed-assets";

export const metadata: Metadata = { title: "Classify your own photo" };

// Installed models and sample photos are read from public/ when the page is built (static, so it
// exports): run `npm run setup:models` before `npm run build` or `npm run export`, as both
// `npm run app` and `npm test` do.

export default function ClassifyPage() {
  const assets = loadClassifyAssets();
  const first = assets.models.find((m) => m.id === initialModelId(assets.models));
  // Starts the inference worker while this HTML is parsed, and has it fetch the first model.
  const early =
    process.env.NODE_ENV === "production"
      ? earlyWorkerScript(
          process.env.NEXT_PUBLIC_INFERENCE_WORKER ?? "",
          first?.installed ? modelSpecFor(first.id) : null,
          first?.installed ? preparedModel(first.id) : null,
        )
      : "";
  return (
    <div>
      {early && <script dangerouslySetInnerHTML={{ __html: early }} />}
      <h1 className="text-3xl font-bold tracking-tight">Classify your own photo</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Real MobileNets trained on ImageNet name what is in your photo, right here in your browser.
        The photo never leaves your device: decoding, preprocessing and inference all run in a Web
        Worker, on WebGPU or WebAssembly, and the page shows how fast each version and each backend
        is.
      </p>
      <ClassifyApp {...assets} />
    </div>
  );
}
