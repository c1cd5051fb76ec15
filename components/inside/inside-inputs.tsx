"use client";

import Link from "next/link";
import { memo } from "react";
import { BackendPicker } from "@/components/classify/backend-picker";
import { ImagePicker } from "@/components/classify/image-picker";
import { ModelPicker } from "@/components/classify/model-picker";
import { SampleGallery } from "@/components/classify/sample-gallery";
import { useSamplePick } from "@/components/hooks/use-sample-pick";
import type { ClassifyAssets } from "@/lib/inference/installed-assets";
import type { BackendChoice } from "@/lib/inference/protocol";
import { OpenStatus } from "./open-status";
import type { OpenState, PhotoInput, RunState } from "./use-inside-worker";

export const PANEL = "rounded-xl border border-slate-200 p-4 dark:border-slate-800";

/**
 * The photo and model panels. Memoized with stable callbacks: choosing a layer or a channel does not
 * re-render the pickers and the sample gallery (that time belongs to the layer being opened).
 */
export const InsideInputs = memo(function InsideInputs({
  models,
  samples,
  modelId,
  onModel,
  backend,
  onBackend,
  onPhoto,
  ready,
  remote,
  open,
  run,
}: Omit<ClassifyAssets, "setupRan"> & {
  readonly modelId: string;
  readonly onModel: (id: string) => void;
  readonly backend: BackendChoice;
  readonly onBackend: (b: BackendChoice) => void;
  readonly onPhoto: (photo: PhotoInput) => void;
  readonly ready: boolean;
  /** The chosen model has no layer mapping here (MobileNetV4 from its public source). */
  readonly remote: boolean;
  readonly open: OpenState;
  readonly run: RunState;
}) {
  const sample = useSamplePick((blob, s) =>
    onPhoto({ blob, name: s.file, ...(s.set === "open" ? { sample: s.file } : {}) }),
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="photo-heading" className={PANEL}>
        <h2 id="photo-heading" className="mb-3 text-lg font-semibold">
          1 · A photo
        </h2>
        <ImagePicker
          onImage={(blob, name) => {
            sample.clearError();
            onPhoto({ blob, name });
          }}
          disabled={!ready}
        />
        <div className="mt-4">
          <SampleGallery samples={samples} onPick={(s) => void sample.pick(s)} disabled={!ready} />
        </div>
        {sample.error && (
          <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
            {sample.error}
          </p>
        )}
      </section>
      <section aria-labelledby="model-heading" className={`${PANEL} space-y-4`}>
        <h2 id="model-heading" className="text-lg font-semibold">
          2 · A model
        </h2>
        <ModelPicker models={models} value={modelId} onChange={onModel} disabled={!ready} />
        <BackendPicker
          value={backend}
          onChange={onBackend}
          env={null}
          autoReason={null}
          disabled={!ready}
        />
        {remote ? (
          <p
            role="status"
            data-testid="no-mapping"
            className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
          >
            This page matches V1, V2 and V3-Small layer by layer with the cost engine; MobileNetV4
            from its public source has no such mapping here, so its layers are not shown.{" "}
            <Link href="/classify" className="underline">
              Classify with it on the Classify page
            </Link>
            .
          </p>
        ) : (
          <OpenStatus open={open} run={run} />
        )}
      </section>
    </div>
  );
});
