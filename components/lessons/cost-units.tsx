"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { MODEL_IDS } from "@/lib/arch/models";
import { ModelOptions } from "@/components/ui/model-options";
import type { ModelId } from "@/lib/arch/types";
import { formatCount, formatExact, macsToFlops } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { intParam } from "@/lib/lessons/lesson-url-state";
import { useUrlState } from "@/components/hooks/use-url-state";

const PRECISIONS = [
  { label: "32-bit float", bytes: 4 },
  { label: "16-bit float", bytes: 2 },
  { label: "8-bit integer", bytes: 1 },
] as const;

/** Lesson 1: pick a model and a number format; see its weights in MB, its MACs and the same as FLOPs. */
export function CostUnits() {
  const [model, setModel] = useState<ModelId>("v1");
  const [bytes, setBytes] = useState<number>(4);
  const id = useId();
  // ?model=v2&bits=8 opens with that model and number format; changing either updates the URL.
  const writeUrl = useUrlState((params) => {
    const m = params.get("model");
    if (m && (MODEL_IDS as readonly string[]).includes(m)) setModel(m as ModelId);
    const bits = intParam(params.get("bits"), 8, 32);
    const linked = PRECISIONS.find((p) => p.bytes * 8 === bits);
    if (linked) setBytes(linked.bytes);
  });
  const { totals, resolution } = resolveNetwork(model);
  const href = explorerHref(model);
  const link = "underline decoration-dotted underline-offset-2";
  return (
    <div data-testid="cost-units">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-model`} className="block text-sm font-medium">
            Model
          </label>
          <select
            id={`${id}-model`}
            value={model}
            onChange={(e) => {
              setModel(e.currentTarget.value as ModelId);
              writeUrl({ model: e.currentTarget.value });
            }}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <ModelOptions />
          </select>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Weights stored as</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {PRECISIONS.map((p) => (
              <label key={p.bytes} className="flex items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name={`${id}-precision`}
                  checked={bytes === p.bytes}
                  onChange={() => {
                    setBytes(p.bytes);
                    writeUrl({ bits: String(p.bytes * 8) });
                  }}
                  className="accent-slate-900 dark:accent-slate-100"
                />
                {p.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <dl aria-live="polite" className="mt-4 grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Parameters → download size</dt>
          <dd className="mt-1">
            <Link
              href={href}
              className={link}
              title={`Exactly ${formatExact(totals.params)} params`}
            >
              {formatCount(totals.params)} params
            </Link>{" "}
            × {bytes} B ≈{" "}
            <strong data-testid="cost-units-mb">
              {((totals.params * bytes) / 1e6).toFixed(1)} MB
            </strong>
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-sm text-slate-600 dark:text-slate-400">
            Multiply-adds per {resolution}×{resolution} image
          </dt>
          <dd className="mt-1">
            <Link href={href} className={link} title={`Exactly ${formatExact(totals.macs)} MACs`}>
              {formatCount(totals.macs)} MACs
            </Link>
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-sm text-slate-600 dark:text-slate-400">
            The same, as FLOPs (2 × MACs)
          </dt>
          <dd className="mt-1">
            <Link
              href={href}
              className={link}
              title={`Exactly ${formatExact(macsToFlops(totals.macs))} FLOPs`}
            >
              {formatCount(macsToFlops(totals.macs))} FLOPs
            </Link>
          </dd>
        </div>
      </dl>
    </div>
  );
}
