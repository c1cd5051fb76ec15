"use client";

import { useState, type ReactNode } from "react";
import { CropPreview } from "@/components/classify/crop-preview";
import { formatMs, formatPercent } from "@/components/classify/format";
import { ImagePicker } from "@/components/classify/image-picker";
import { labelFor } from "@/components/classify/labels";
import type { ModelFileClient } from "@/lib/model-file/model-file-client";
import type { FilePredictions, KnownFile } from "@/lib/model-file/model-file-protocol";
import type { Backend } from "@/lib/inference/protocol";
import type { PresetId, Preprocessing } from "@/lib/model-file/preprocess-presets";
import { PRESETS, PRESET_IDS, presetAt } from "@/lib/model-file/preprocess-presets";

type Choice = PresetId | "known";

type RunState =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly predictions: FilePredictions; readonly image: string }
  | { readonly status: "error"; readonly message: string };

function preprocessingFor(choice: Choice, known: KnownFile | null, size: number): Preprocessing {
  return choice === "known" && known
    ? known.preprocessing
    : presetAt(choice === "known" ? "torch" : choice, size);
}

/** A select with its label above it. */
function StackedSelect({
  label,
  value,
  onChange,
  testId,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <label className="flex flex-col">
      <span className="font-medium">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        className="mt-1 rounded-md border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        data-testid={testId}
      >
        {children}
      </select>
    </label>
  );
}

/** Classifies a photo with the file, when it is an ImageNet classifier, with preprocessing from a preset or the manifest. */
export function FileClassifier({
  client,
  known,
  size,
  webgpu,
  labels,
}: {
  readonly client: ModelFileClient;
  readonly known: KnownFile | null;
  readonly size: number;
  readonly webgpu: boolean;
  /** The file's own class names (a /teach export); ImageNet's otherwise. */
  readonly labels?: readonly string[];
}) {
  const [choice, setChoice] = useState<Choice>(known ? "known" : "torch");
  const [backend, setBackend] = useState<Backend>("wasm");
  const [state, setState] = useState<RunState>({ status: "idle" });
  const pre = preprocessingFor(choice, known, size);

  const classify = async (blob: Blob, name: string) => {
    setState({ status: "busy" });
    try {
      const predictions = await client.classify(backend, blob, pre);
      setState({ status: "done", predictions, image: name });
    } catch (err) {
      setState({ status: "error", message: (err as Error).message });
    }
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-4 text-sm">
        <StackedSelect
          label="Preprocessing"
          value={choice}
          onChange={(v) => setChoice(v as Choice)}
          testId="preset"
        >
          {known && <option value="known">As published for {known.title}</option>}
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESETS[id].label}
            </option>
          ))}
        </StackedSelect>
        <StackedSelect label="Backend" value={backend} onChange={(v) => setBackend(v as Backend)}>
          <option value="wasm">WASM</option>
          <option value="webgpu" disabled={!webgpu}>
            WebGPU{webgpu ? "" : " (not available)"}
          </option>
        </StackedSelect>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="preprocessing-text">
        Shorter side to {pre.resize_shorter_side} px ({pre.interpolation}), centre crop{" "}
        {pre.center_crop}×{pre.center_crop}, then (x/255 − mean) / std with mean [
        {pre.mean.join(", ")}] and std [{pre.std.join(", ")}].
      </p>
      <ImagePicker
        onImage={(blob, name) => void classify(blob, name)}
        disabled={state.status === "busy"}
      />
      {state.status === "busy" && <p role="status">Classifying…</p>}
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      )}
      {state.status === "done" && (
        <div className="grid gap-4 sm:grid-cols-[auto_1fr]" data-testid="file-predictions">
          <CropPreview rgba={state.predictions.crop} size={state.predictions.cropSize} />
          <div>
            <ol className="space-y-1 text-sm" aria-label="Top 5 classes">
              {state.predictions.top5.map((p, i) => (
                <li
                  key={p.index}
                  className="flex justify-between gap-3"
                  data-testid={i === 0 ? "file-top1" : undefined}
                >
                  <span className={i === 0 ? "font-semibold" : ""}>
                    {labels ? (labels[p.index] ?? `class ${p.index}`) : labelFor(p.index)}
                  </span>
                  <span className="font-mono tabular-nums">{formatPercent(p.probability)}</span>
                </li>
              ))}
            </ol>
            <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
              {state.image} · one run on{" "}
              {state.predictions.backend === "webgpu" ? "WebGPU" : "WASM"} in{" "}
              {formatMs(state.predictions.runMs)}. This page has not measured this file&apos;s
              accuracy; one photo says nothing about it.
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
