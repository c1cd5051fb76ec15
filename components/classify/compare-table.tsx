import type { ModelCard } from "@/lib/inference/installed-assets";
import type { Backend, ClassifyResult } from "@/lib/inference/protocol";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import { compareSentence } from "@/lib/classify/compare-sentence";
import { cardName, engineViewFor } from "./explorer-view";
import { formatMs, formatPercent } from "./format";
import { labelFor } from "./labels";
import { LatencySpread } from "@/components/ui/latency-spread";

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

/** One image through every model (and backend): top-1, confidence, warm latency, params, MACs. */
export function CompareTable({
  rows,
  models,
}: {
  readonly rows: readonly CompareRow[];
  readonly models: readonly ModelCard[];
}) {
  return (
    <div className="overflow-x-auto">
      <CompareConclusion rows={rows} models={models} />
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">Comparison of models and backends on one image</caption>
        <thead className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Model
            </th>
            <th scope="col" className="pr-3 font-medium">
              Backend
            </th>
            <th scope="col" className="pr-3 font-medium">
              Top-1
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Confidence
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Warm median
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Params
            </th>
            <th scope="col" className="text-right font-medium">
              MACs (multiply-adds)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const m = models.find((c) => c.id === r.modelId);
            const top = "result" in r ? r.result.top5[0] : undefined;
            return (
              <tr
                key={`${r.modelId}|${r.backend}`}
                className="border-b border-slate-200 dark:border-slate-800"
                data-testid="compare-row"
                data-model={r.modelId}
                data-backend={r.backend}
              >
                <th scope="row" className="py-2 pr-3 font-medium">
                  MobileNet{m?.version.toUpperCase()}{" "}
                  <span className="font-normal text-slate-500 dark:text-slate-400">
                    {m?.variant}
                  </span>
                </th>
                <td className="pr-3">{r.backend === "webgpu" ? "WebGPU" : "WASM"}</td>
                {"error" in r ? (
                  <td colSpan={3} className="pr-3 text-red-800 dark:text-red-300">
                    {r.error}
                  </td>
                ) : (
                  <>
                    <td className="pr-3" data-testid="compare-top1">
                      {top ? labelFor(top.index) : "–"}
                    </td>
                    <td className="pr-3 text-right font-mono tabular-nums">
                      {top ? formatPercent(top.probability) : "–"}
                    </td>
                    <td className="pr-3 text-right font-mono tabular-nums">
                      {r.result.timing === "done" ? formatMs(r.result.medianMs) : "–"}
                      <LatencySpread runsMs={r.result.runsMs} warmUp={r.result.session.warmUp} />
                    </td>
                  </>
                )}
                <td className="pr-3 text-right font-mono">
                  <CostCell card={m} metric="params" />
                </td>
                <td className="text-right font-mono">
                  <CostCell card={m} metric="macs" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        M = million; params and MACs open that model in the explorer. WebGPU here may be a software
        adapter (SwiftShader on a CPU): its times then show the path works, not GPU speed.
      </p>
    </div>
  );
}
