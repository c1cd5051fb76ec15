"use client";

import { useState, type RefObject } from "react";
import { modelSpecFor } from "@/components/classify/model-spec";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import { isModelId } from "@/lib/arch/models";
import { median } from "@/lib/inference/postprocess";
import type { BackboneRow } from "@/lib/teach/compare-sentence";
import { compareSentence } from "@/lib/teach/compare-sentence";
import type { EmbedClient } from "@/lib/teach/embed-client";
import type { TeachProject } from "@/lib/teach/project";
import { examplesFor } from "@/lib/teach/project";
import type { TrainClient } from "@/lib/teach/train-client";
import type { BackboneOption } from "./types";
import { DataTable, type Column } from "@/components/ui/data-table";

const TIMED_PHOTOS = 5;

/**
 * Embeds the project's photos with every installed backbone (thumbnails: the same pixels for all),
 * trains the same head on each with the same seed and split, and tabulates validation accuracy
 * against the engine's MACs and params and the measured embedding time.
 */
export function CompareBackbones({
  backbones,
  project,
  embed,
  train,
  epochs,
  disabledReason,
  currentId,
  onEmbedding,
  reopen,
}: {
  readonly backbones: readonly BackboneOption[];
  readonly project: TeachProject;
  readonly embed: RefObject<EmbedClient | null>;
  readonly train: RefObject<TrainClient | null>;
  readonly epochs: number;
  readonly disabledReason: string | null;
  readonly currentId: string;
  readonly onEmbedding: (photoId: string, backboneId: string, e: Float32Array) => void;
  readonly reopen: () => void;
}) {
  const [rows, setRows] = useState<BackboneRow[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async () => {
    const client = embed.current;
    const trainer = train.current;
    if (!client || !trainer) return;
    setRunning(true);
    setRows([]);
    const out: BackboneRow[] = [];
    try {
      for (const b of backbones) {
        const spec = modelSpecFor(b.id);
        if (!spec) continue;
        setStatus(`${b.shortName}: loading…`);
        const info = await client.open(spec);
        const photos = project.classes.flatMap((c) => c.photos);
        const times: number[] = [];
        const embeddings = new Map<string, Float32Array>();
        for (const [i, photo] of photos.entries()) {
          const known = photo.embeddings[b.id];
          if (known && times.length >= TIMED_PHOTOS) continue;
          setStatus(`${b.shortName}: embedding photo ${i + 1} of ${photos.length}…`);
          const e = await client.embed(b.id, photo.thumbnail, true);
          times.push(e.runMs + e.preprocessMs);
          if (!known) {
            embeddings.set(photo.id, e.embedding);
            onEmbedding(photo.id, b.id, e.embedding);
          }
        }
        const withNew: TeachProject = {
          ...project,
          classes: project.classes.map((c) => ({
            ...c,
            photos: c.photos.map((p) => {
              const e = embeddings.get(p.id);
              return e ? { ...p, embeddings: { ...p.embeddings, [b.id]: e } } : p;
            }),
          })),
        };
        const ex = examplesFor(withNew, b.id);
        setStatus(`${b.shortName}: training…`);
        const head = await trainer.train(
          ex.inputs,
          ex.labels,
          project.classes.length,
          { epochs },
          () => {},
        );
        const last = head.history.at(-1);
        out.push({
          modelId: b.id,
          name: b.shortName,
          accuracy: last?.validationAccuracy ?? last?.trainAccuracy ?? 0,
          validationPhotos: head.split.validation.length,
          macs: b.macs,
          params: b.params,
          embedMs: median(times),
          width: info.width,
        });
        setRows([...out]);
      }
      setStatus(null);
    } catch (err) {
      setStatus(`The comparison stopped: ${(err as Error).message}`);
    } finally {
      setRunning(false);
      reopen();
    }
  };

  const link = (r: BackboneRow, metric: "macs" | "params") => {
    const b = backbones.find((x) => x.id === r.modelId);
    const value = r[metric];
    return value !== null && b && isModelId(b.engine.model) ? (
      <ExplorerCostLink
        value={value}
        metric={metric}
        model={b.engine.model}
        alpha={b.engine.alpha}
        resolution={b.engine.resolution}
        subject={b.title}
      />
    ) : (
      "—"
    );
  };
  const columns: readonly Column<BackboneRow>[] = [
    { id: "backbone", header: "Backbone", rowHeader: "strong", cell: (r) => r.name },
    {
      id: "accuracy",
      header: "Validation accuracy",
      numeric: true,
      cell: (r) => (
        <>
          {Math.round(r.accuracy * 100)} %{" "}
          <span className="text-xs text-slate-500 dark:text-slate-400">
            of {r.validationPhotos}
          </span>
        </>
      ),
    },
    { id: "macs", header: "MACs", numeric: true, cell: (r) => link(r, "macs") },
    { id: "params", header: "Params", numeric: true, cell: (r) => link(r, "params") },
    {
      id: "embed",
      header: "Embedding, ms/photo",
      numeric: true,
      cell: (r) => r.embedMs.toFixed(1),
    },
    { id: "width", header: "Width", numeric: true, cell: (r) => r.width },
  ];
  const maxMacs = Math.max(1, ...rows.map((r) => r.macs ?? 0));
  return (
    <section
      className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      aria-labelledby="compare-heading"
    >
      <h2 id="compare-heading" className="text-lg font-semibold">
        6. Compare backbones on your photos
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        The same photos, the same head, the same seed and the same held-out photos, on every
        installed MobileNet ({backbones.length}).
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void run()}
          disabled={running || !!disabledReason}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Compare every backbone
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {status ?? (!running && disabledReason) ?? ""}
        </span>
      </div>
      {rows.length > 0 && (
        <div className="mt-3 grid gap-4 lg:grid-cols-[1fr_auto]">
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={(r) => r.modelId}
            rowAttributes={(r) => ({
              className: r.modelId === currentId ? "font-medium" : undefined,
            })}
            testId="compare-table"
            headerTone="muted"
          />
          <svg
            viewBox="0 0 240 150"
            role="img"
            aria-label="Validation accuracy against MACs"
            className="w-full max-w-xs"
          >
            <line x1={40} y1={120} x2={230} y2={120} className="stroke-slate-400" />
            <line x1={40} y1={20} x2={40} y2={120} className="stroke-slate-400" />
            <text x={40} y={140} className="fill-slate-500 text-[9px]">
              0
            </text>
            <text x={230} y={140} textAnchor="end" className="fill-slate-500 text-[9px]">
              {Math.round(maxMacs / 1e6)} M MACs
            </text>
            <text x={36} y={24} textAnchor="end" className="fill-slate-500 text-[9px]">
              100 %
            </text>
            <text x={36} y={122} textAnchor="end" className="fill-slate-500 text-[9px]">
              0 %
            </text>
            {rows.map((r, i) => {
              const x = 40 + (185 * (r.macs ?? 0)) / maxMacs;
              const y = 120 - 100 * r.accuracy;
              return (
                <g key={r.modelId}>
                  <circle cx={x} cy={y} r={4} className="fill-(--color-accent)" />
                  <text
                    x={x - 4}
                    y={i % 2 ? y + 14 : y - 7}
                    textAnchor="end"
                    className="fill-slate-700 text-[8px] dark:fill-slate-300"
                  >
                    {r.name.split(" · ")[0]}
                  </text>
                </g>
              );
            })}
          </svg>
          {!running && (
            <p className="text-sm lg:col-span-2" data-testid="compare-sentence">
              {compareSentence(rows)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
