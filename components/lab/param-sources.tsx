import { MODEL_TITLES } from "@/lib/arch/models";
import { labParamSources, type ParamSourceRow } from "@/lib/lab/param-sources";
import { millionsColumn } from "@/components/ui/count-columns";
import type { Column } from "@/components/ui/data-table";
import { ModelTable } from "@/components/ui/model-table";

const COLUMNS: readonly Column<ParamSourceRow>[] = [
  { id: "model", header: "Model", rowHeader: true, cell: (r) => MODEL_TITLES[r.model] },
  {
    id: "paper",
    header: "Paper",
    numeric: true,
    cell: (r) => `${r.paperParamsM} M`,
    title: (r) => r.paperSource,
  },
  millionsColumn("ours", "Ours", (r) => r.ourParams),
  millionsColumn("graph", "Graph", (r) => r.graphParams),
];

/** Each model's printed parameter count beside our count and the built graph's (lib/lab/param-sources). */
export function ParamSources() {
  return (
    <details className="mt-3 max-w-3xl text-sm" data-testid="lab-param-sources">
      <summary className="cursor-pointer">
        Parameter counts: each paper&apos;s and the built graph&apos;s
      </summary>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        At α = 1. Paper: as printed in the model&apos;s own paper (V3-Large minimalistic has no
        paper: TF-slim&apos;s checkpoint table). Ours: conv and FC weights and biases, the
        papers&apos; convention. Graph: what the downloadable .onnx holds, with batch norm folded
        into conv biases.
      </p>
      <ModelTable
        columns={COLUMNS}
        rows={labParamSources()}
        caption="Parameter counts per model: paper, ours, graph"
        scrollClassName="mt-2"
      />
    </details>
  );
}
