import type { Metadata } from "next";
import type { BackboneOption, SampleOption } from "@/components/teach/types";
import { TeachApp } from "@/components/teach/teach-app";
import { loadClassifyAssets } from "@/lib/inference/installed-assets";
import { MODELS, shortModelName } from "@/lib/inference/model-catalog";

export const metadata: Metadata = { title: "Teach it your own classes" };

// Installed models and the open sample photos are read from public/ when the page is built
// (static, so it exports), as on /classify. Browser-only models (MobileNetV4) are listed too: the
// page offers them once this browser holds their file.

export default function TeachPage() {
  const assets = loadClassifyAssets();
  const backbones: BackboneOption[] = assets.models
    .filter((m) => m.installed || m.remoteOnly)
    .map((m) => {
      const entry = MODELS.find((x) => x.id === m.id)!;
      return {
        id: m.id,
        title: m.title,
        shortName: shortModelName(entry),
        macs: m.macs,
        params: m.params,
        engine: entry.engine,
        remoteOnly: m.remoteOnly,
      };
    });
  const samples: SampleOption[] = assets.samples
    .filter((s) => s.set === "open")
    .map((s) => ({ src: s.src, caption: s.caption.split(" (")[0]!.split(":")[0]!, file: s.file }));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Teach it your own classes</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Most people who use MobileNet never use its 1000 ImageNet classes: they keep the network up
        to its last pooling layer as a feature extractor and teach a tiny head their own classes
        from a few photos (transfer learning). Do it here with real MobileNets, see why it works,
        compare backbones, and export the result as one ONNX file. Your photos never leave this
        browser.
      </p>
      {backbones.every((b) => b.remoteOnly) ? (
        <p role="alert" className="mt-6">
          No model is installed: run <code>npm run setup:models</code>, then build again.
        </p>
      ) : (
        <TeachApp backbones={backbones} samples={samples} />
      )}
    </div>
  );
}
