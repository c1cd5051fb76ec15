import type { Metadata } from "next";
import { InsideApp } from "@/components/inside/inside-app";
import { loadClassifyAssets } from "@/lib/inference/installed-assets";
import { parseInsideState } from "@/lib/inside/inside-state";

export const metadata: Metadata = { title: "Inside the real network" };

// Installed models and sample photos are read from public/ on each request (setup can run after the build).
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") params.set(k, v);
  return params;
}

export default async function InsidePage({ searchParams }: { searchParams: SearchParams }) {
  const { models, samples } = loadClassifyAssets();
  const choosable = models.filter((m) => m.installed || m.remoteOnly);
  const fallback =
    models.find((m) => m.installed && m.version === "v2")?.id ?? choosable[0]?.id ?? "";
  const { state, notes } = parseInsideState(
    toParams(await searchParams),
    choosable.map((m) => m.id),
    fallback,
  );
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
          No pretrained models are installed yet: run <code>npm run setup:models</code>, then
          restart the server.
        </p>
      ) : (
        <InsideApp
          key={JSON.stringify(state)}
          models={choosable}
          samples={samples}
          initial={state}
          notes={notes}
        />
      )}
    </div>
  );
}
