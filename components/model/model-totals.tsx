import { CountStat } from "@/components/ui/count-stat";
import { formatCount, macsToFlops } from "@/lib/cost/format";
import type { ModelTotals } from "@/lib/model-file/analyze-model";

/** The file's totals, short and exact, with the counting rules in the labels. */
export function ModelTotalsPanel({ totals }: { readonly totals: ModelTotals }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <CountStat
        label="Multiply-adds (conv + FC)"
        value={totals.macs}
        unit="MACs"
        exactTestId="file-macs"
        note={`FLOPs = 2 × MACs = ${formatCount(macsToFlops(totals.macs))}`}
      />
      <CountStat
        label="Parameters stored in the file"
        value={totals.params}
        unit="params"
        exactTestId="file-params"
        note={`conv/FC weights ${formatCount(totals.weights)} + biases ${formatCount(totals.biases)} + other ${formatCount(totals.otherParams)}`}
      />
      <CountStat
        label="Conv + FC weights"
        value={totals.weights}
        unit="params"
        exactTestId="file-weights"
        note="without biases: the papers' count minus bias terms"
      />
      <CountStat
        label="Attention products (not MACs)"
        value={totals.attentionOps}
        unit="multiplies"
        exactTestId="file-attention"
        note="MatMuls of two computed tensors (QKᵀ, ·V)"
      />
    </dl>
  );
}
