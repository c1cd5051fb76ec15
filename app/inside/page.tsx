import type { Metadata } from "next";
import { Suspense } from "react";
import { InsideFromUrl } from "@/components/inside/inside-from-url";
import { loadClassifyAssets } from "@/lib/inference/installed-assets";

export const metadata: Metadata = { title: "Inside the real network" };

// Installed models and sample photos are read from public/ when the page is built (static, so it
// exports), as on /classify; the model, layer and channel come from the URL in the browser.

export default function InsidePage() {
  const { models, samples } = loadClassifyAssets();
  const choosable = models.filter((m) => m.installed || m.remoteOnly);
  const fallback =
    models.find((m) => m.installed && m.version === "v2")?.id ?? choosable[0]?.id ?? "";
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Inside the real network</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Your photo through every layer of a real pretrained MobileNet: each layer&apos;s channels as
        images, their value statistics, and the real weights of the depthwise and pointwise halves,
        beside the cost engine&apos;s shapes, multiply-adds and parameters for that layer.
        Everything runs in your browser; the photo stays on your device.
      </p>
      {choosable.length === 0 ? (
        <p role="status" className="mt-6 text-sm">
          No pretrained models are installed yet: run <code>npm run setup:models</code>, then build
          again (<code>npm run build</code>) and restart the server.
        </p>
      ) : (
        <Suspense
          fallback={
            <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">Loading the page…</p>
          }
        >
          <InsideFromUrl models={choosable} samples={samples} fallbackModel={fallback} />
        </Suspense>
      )}
    </div>
  );
}
