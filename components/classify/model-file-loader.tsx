"use client";

import { useId, useState } from "react";
import { findModelBySha256, modelUrl } from "@/lib/inference/model-catalog";
import { sha256Hex, storeVerifiedModel } from "@/lib/inference/model-store";
import { TaughtFileClassifier } from "@/components/teach/taught-file-classifier";
import { readTaughtMetadataFromBytes } from "@/lib/teach/export-onnx";

/** Larger than any pinned browser-only file (the int8 MobileNetV4 is 3.9 MB, the fp32 one ~15 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

type LoaderState =
  | { readonly status: "idle" }
  | { readonly status: "checking" }
  | { readonly status: "ok"; readonly message: string }
  | { readonly status: "refused"; readonly message: string }
  | { readonly status: "taught"; readonly message: string; readonly bytes: ArrayBuffer };

/**
 * Offline use of a browser-only model: the user picks the .onnx file they already downloaded; if its
 * sha256 is one the manifest pins, it is stored where the worker looks first and the model is selected.
 */
export function ModelFileLoader({
  onLoaded,
  label = "Already have a MobileNetV4 .onnx file, or one exported from /teach? Load it from disk…",
  acceptTaught = true,
}: {
  readonly onLoaded: (modelId: string) => void;
  readonly label?: string;
  /** False where a /teach export is no use (the /teach backbone picker): it is refused as not V4. */
  readonly acceptTaught?: boolean;
}) {
  const inputId = useId();
  const [state, setState] = useState<LoaderState>({ status: "idle" });

  const take = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setState({
        status: "refused",
        message: `${file.name} is larger than any model listed here; nothing was stored.`,
      });
      return;
    }
    setState({ status: "checking" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const taught = acceptTaught ? readTaughtMetadataFromBytes(bytes) : null;
    if (taught) {
      setState({
        status: "taught",
        bytes: bytes.buffer,
        message: `${file.name} is a classifier taught on /teach (${taught.backboneTitle} features, classes: ${taught.classes.join(", ")}). Classify a photo with it below.`,
      });
      return;
    }
    const sha = await sha256Hex(bytes);
    const entry = findModelBySha256(sha);
    if (!entry || !entry.sources.browserOnly) {
      setState({
        status: "refused",
        message: `${file.name} (sha256 ${sha.slice(0, 12)}…) is not one of the pinned MobileNetV4 files, so it was not used. Only files with a pinned checksum load from disk; the fp32 file has none yet.`,
      });
      return;
    }
    const stored = await storeVerifiedModel(modelUrl(entry), bytes);
    if (!stored) {
      setState({
        status: "refused",
        message: "This browser refused to store the file (private mode or full storage).",
      });
      return;
    }
    setState({
      status: "ok",
      message: `${file.name} is ${entry.title} (sha256 verified); it now runs here offline.`,
    });
    onLoaded(entry.id);
  };

  return (
    <div className="text-sm">
      <label
        htmlFor={inputId}
        className="cursor-pointer underline decoration-dotted underline-offset-2 has-focus-visible:outline-2"
      >
        {label}
        <input
          id={inputId}
          type="file"
          accept=".onnx,application/octet-stream"
          className="sr-only"
          data-testid="v4-file-input"
          disabled={state.status === "checking"}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void take(file);
            e.currentTarget.value = "";
          }}
        />
      </label>
      <p
        aria-live="polite"
        data-testid="v4-file-status"
        className={
          state.status === "refused"
            ? "mt-1 text-red-800 dark:text-red-300"
            : "mt-1 text-slate-600 dark:text-slate-400"
        }
      >
        {state.status === "checking" && "Checking its sha256…"}
        {(state.status === "ok" || state.status === "refused" || state.status === "taught") &&
          state.message}
      </p>
      {state.status === "taught" && <TaughtFileClassifier bytes={state.bytes} />}
    </div>
  );
}
