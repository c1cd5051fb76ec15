"use client";

import { useState } from "react";
import { engineViewFor } from "@/components/classify/explorer-view";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { AnalyzedFile } from "@/lib/model-file/model-file-protocol";

/** The engine's counts for a known file's architecture, each a link to its explorer view. */
function EngineCounts({ id, title }: { readonly id: string; readonly title: string }) {
  const view = engineViewFor(id);
  if (!view) return null;
  const { totals } = resolveNetwork(view.model, { alpha: view.alpha, resolution: view.resolution });
  return (
    <span className="block">
      The explorer counts this architecture as{" "}
      <ExplorerCostLink value={totals.macs} metric="macs" {...view} subject={title} unit /> and{" "}
      <ExplorerCostLink value={totals.params} metric="params" {...view} subject={title} unit /> (the
      papers&apos; count: no BN, no background class).
    </span>
  );
}

const MIN_SIZE = 32;
const MAX_SIZE = 1024;

function dimsText(dims: readonly (number | string | null)[]): string {
  return `[${dims.map((d) => d ?? "?").join(", ")}]`;
}

/** What the file is: its graph's facts, whether the manifest knows it, and the size used for dynamic inputs. */
export function ModelOverview({
  name,
  file,
  onResize,
  busy,
}: {
  readonly name: string;
  readonly file: AnalyzedFile;
  readonly onResize: (size: number) => void;
  readonly busy: boolean;
}) {
  const { analysis, known } = file;
  const [size, setSize] = useState(String(analysis.inputSize));
  const n = Number(size);
  const valid = Number.isInteger(n) && n >= MIN_SIZE && n <= MAX_SIZE;
  return (
    <div className="space-y-3 text-sm">
      <p>
        <span className="font-semibold" data-testid="model-file-name">
          {name}
        </span>{" "}
        <span className="text-slate-600 dark:text-slate-400">
          · {(file.bytes / 1e6).toFixed(1)} MB · {analysis.nodeCount} nodes · opset {analysis.opset}{" "}
          · IR {analysis.irVersion}
          {analysis.producer && ` · made by ${analysis.producer}`}
        </span>
      </p>
      <p
        className="font-mono text-xs break-all text-slate-500 dark:text-slate-400"
        title="SHA-256 of the file"
      >
        sha256 {file.sha256}
      </p>
      {analysis.docString && (
        <p className="text-slate-700 dark:text-slate-300">
          The file describes itself: <q>{analysis.docString}</q>
        </p>
      )}
      {known && (
        <p
          data-testid="known-model"
          className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100"
        >
          Recognised by its sha256: <strong>{known.title}</strong>. Its preprocessing and ImageNet
          labels are set automatically.
          <EngineCounts id={known.id} title={known.title} />
        </p>
      )}
      <ul className="font-mono text-xs">
        {analysis.inputs.map((i) => (
          <li key={i.name}>
            input {i.name} {dimsText(i.declared)}
            {i.sizeFromUser && ` → counted as ${dimsText(i.dims)}`}
          </li>
        ))}
        {analysis.outputs.map((o) => (
          <li key={o.name}>
            output {o.name} {o.dims ? dimsText(o.dims) : "(shape unknown)"}
          </li>
        ))}
      </ul>
      {analysis.dynamicSize && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onResize(n);
          }}
        >
          <label className="flex flex-col">
            <span>Input size for the dynamic height and width (px)</span>
            <input
              type="number"
              min={MIN_SIZE}
              max={MAX_SIZE}
              value={size}
              onChange={(e) => setSize(e.currentTarget.value)}
              aria-invalid={!valid}
              className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              data-testid="input-size"
            />
          </label>
          <button
            type="submit"
            disabled={!valid || busy}
            className="rounded-lg border border-slate-300 px-3 py-1.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Recount
          </button>
          {!valid && (
            <span role="alert">
              Use a whole number from {MIN_SIZE} to {MAX_SIZE}.
            </span>
          )}
        </form>
      )}
    </div>
  );
}
