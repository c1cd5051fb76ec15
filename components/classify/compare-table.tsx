import type { ReactNode } from "react";
import type { ModelCard } from "@/lib/inference/installed-assets";
import type { Backend, ClassifyResult } from "@/lib/inference/protocol";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import { compareSentence } from "@/lib/classify/compare-sentence";
import { cardName, engineViewFor } from "./explorer-view";
import { formatMB, formatMs, formatPercent } from "./format";
import { labelFor } from "./labels";
import { LatencySpread } from "@/components/ui/latency-spread";
import { CardFacts } from "@/components/ui/card-facts";
import { DataTable, type Column } from "@/components/ui/data-table";

export type CompareRow =
  | { readonly modelId: string; readonly backend: Backend; readonly result: ClassifyResult }
  | { readonly modelId: string; readonly backend: Backend; readonly error: string };

/** A params or MACs cell: the cost engine's count, linking to the explorer view that produced it. */
function CostCell({
  card,
  metric,
}: {
  readonly card: ModelCard | undefined;
  readonly metric: "macs" | "params";
}) {
  const value = card?.[metric];
  const view = card ? engineViewFor(card.id) : null;
  if (!card || !value || !view) return <span>–</span>;
  return (
    <ExplorerCostLink
      value={value}
      metric={metric}
      {...view}
      subject={cardName(card)}
      testId={`compare-${metric}`}
    />
  );
}

/** The table's conclusion in one sentence: MACs ratio against time ratio (none without two rows). */
function CompareConclusion({
  rows,
  models,
}: {
  readonly rows: readonly CompareRow[];
  readonly models: readonly ModelCard[];
}) {
  const sentence = compareSentence(
    rows.flatMap((r) => {
      const card = models.find((c) => c.id === r.modelId);
      if (!("result" in r) || !card) return [];
      return [
        {
          name: cardName(card),
          backend: r.backend === "webgpu" ? "WebGPU" : "WASM",
          macs: card.macs,
          medianMs: r.result.medianMs,
        },
      ];
    }),
  );
  if (!sentence) return null;
  return (
    <p className="mb-2 text-sm font-medium" data-testid="compare-sentence">
      {sentence}
    </p>
  );
}

/** The published top-1 of the weights a row runs (8-bit for the V1–V3 files), its source on hover. */
function PublishedCell({ card }: { readonly card: ModelCard | undefined }) {
  const top1 = card?.modelTop1 ?? null;
  if (!top1) return <span>–</span>;
  return (
    <span title={`${top1.source}${top1.precision === "int8" ? " (8-bit)" : ""}`}>
      {formatPercent(top1.top1)}
    </span>
  );
}

const fileSize = (card: ModelCard | undefined) => (card?.bytes ? formatMB(card.bytes) : "–");

function modelTitle(m: ModelCard | undefined, id: string) {
  return m ? (
    <>
      MobileNet{m.version.toUpperCase()}{" "}
      <span className="font-normal text-slate-500 dark:text-slate-400">{m.variant}</span>
    </>
  ) : (
    id
  );
}

/** One row as a card (phones): every column of the table, none off screen. */
function CompareCard({ row: r, card: m }: { readonly row: CompareRow; readonly card?: ModelCard }) {
  const top = "result" in r ? r.result.top5[0] : undefined;
  return (
    <li
      className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="compare-card"
      data-model={r.modelId}
      data-backend={r.backend}
    >
      <div className="flex items-baseline justify-between gap-3">
        <p className="min-w-0">
          <span className="font-semibold">{modelTitle(m, r.modelId)}</span>
          <span className="block text-slate-600 dark:text-slate-400">
            {r.backend === "webgpu" ? "WebGPU" : "WASM"} · {fileSize(m)}
          </span>
        </p>
        {"result" in r && (
          <p className="shrink-0 text-right">
            <span className="font-mono text-lg font-semibold tabular-nums">
              {r.result.timing === "done" ? formatMs(r.result.medianMs) : "–"}
            </span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">warm median</span>
          </p>
        )}
      </div>
      {"error" in r ? (
        <p className="mt-2 text-red-800 dark:text-red-300">{r.error}</p>
      ) : (
        <>
          <p className="mt-2">
            <span className="text-slate-500 dark:text-slate-400">Top-1 </span>
            <span data-testid="compare-card-top1">{top ? labelFor(top.index) : "–"}</span>{" "}
            <span className="font-mono tabular-nums">
              {top ? formatPercent(top.probability) : ""}
            </span>
          </p>
          <LatencySpread runsMs={r.result.runsMs} warmUp={r.result.session.warmUp} />
        </>
      )}
      <CardFacts
        facts={[
          { term: "Params", value: <CostCell card={m} metric="params" /> },
          { term: "MACs", value: <CostCell card={m} metric="macs" /> },
          { term: "Published top-1", value: <PublishedCell card={m} /> },
        ]}
      />
    </li>
  );
}

type Top = ClassifyResult["top5"][number];

/** A cell about the row's top-1 class ("–" for an error row or no result). */
const topCell =
  (format: (top: Top) => ReactNode) =>
  (r: CompareRow): ReactNode => {
    const top = "result" in r ? r.result.top5[0] : undefined;
    return top ? format(top) : "–";
  };

/** The table's columns; the model's card (name, size, costs) is looked up by the row's model id. */
function columnsFor(models: readonly ModelCard[]): readonly Column<CompareRow>[] {
  const card = (r: CompareRow) => models.find((c) => c.id === r.modelId);
  return [
    {
      id: "model",
      header: "Model",
      rowHeader: "strong",
      className: "whitespace-nowrap",
      cell: (r) => modelTitle(card(r), r.modelId),
    },
    {
      id: "backend",
      header: "Backend",
      cell: (r) => (r.backend === "webgpu" ? "WebGPU" : "WASM"),
    },
    {
      id: "top1",
      header: "Top-1",
      colSpan: (r) => ("error" in r ? 3 : undefined),
      testId: (r) => ("error" in r ? undefined : "compare-top1"),
      cell: (r) =>
        "error" in r ? (
          <span className="text-red-800 dark:text-red-300">{r.error}</span>
        ) : (
          topCell((top) => labelFor(top.index))(r)
        ),
    },
    {
      id: "confidence",
      header: "Confidence",
      numeric: true,
      mono: true,
      cell: topCell((top) => formatPercent(top.probability)),
    },
    {
      id: "median",
      header: "Warm median",
      numeric: true,
      mono: true,
      cell: (r) =>
        "result" in r && (
          <>
            {r.result.timing === "done" ? formatMs(r.result.medianMs) : "–"}
            <LatencySpread runsMs={r.result.runsMs} warmUp={r.result.session.warmUp} />
          </>
        ),
    },
    {
      id: "size",
      header: "File size",
      numeric: true,
      mono: true,
      testId: () => "compare-size",
      cell: (r) => fileSize(card(r)),
    },
    {
      id: "params",
      header: "Params",
      numeric: true,
      mono: true,
      cell: (r) => <CostCell card={card(r)} metric="params" />,
    },
    {
      id: "macs",
      header: "MACs (multiply-adds)",
      numeric: true,
      mono: true,
      cell: (r) => <CostCell card={card(r)} metric="macs" />,
    },
    {
      id: "published",
      header: "Published top-1",
      numeric: true,
      mono: true,
      headerClassName: "whitespace-nowrap",
      testId: () => "compare-published-top1",
      cell: (r) => <PublishedCell card={card(r)} />,
    },
  ];
}

/**
 * One image through every model (and backend): top-1, confidence, warm latency, file size, params,
 * MACs and the published top-1. Under `sm` (phones) the rows are cards, as on /lab, so nothing is
 * clipped at the right edge; from `sm` up, the table (which scrolls sideways if it must).
 */
export function CompareTable({
  rows,
  models,
}: {
  readonly rows: readonly CompareRow[];
  readonly models: readonly ModelCard[];
}) {
  return (
    <div>
      <CompareConclusion rows={rows} models={models} />
      <DataTable
        columns={columnsFor(models)}
        rows={rows}
        rowKey={(r) => `${r.modelId}|${r.backend}`}
        rowAttributes={(r) => ({
          "data-testid": "compare-row",
          "data-model": r.modelId,
          "data-backend": r.backend,
        })}
        caption="Comparison of models and backends on one image"
        phoneCards={{
          card: (r) => <CompareCard row={r} card={models.find((c) => c.id === r.modelId)} />,
          testId: "compare-cards",
        }}
        testId="compare-table"
        headerTone="muted"
        className="min-w-[48rem]"
      />
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        M = million; params and MACs open that model in the explorer. Published top-1: the number
        published for the weights each row runs (8-bit for the V1–V3 files; hover for the source).
        WebGPU here may be a software adapter (SwiftShader on a CPU): its times then show the path
        works, not GPU speed.
      </p>
    </div>
  );
}
