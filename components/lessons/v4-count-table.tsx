import { MODEL_TITLES } from "@/lib/arch/models";
import { v4CountComparison, type V4CountRow } from "@/lib/cost/v4-counts";
import { millionsColumn } from "@/components/ui/count-columns";
import type { Column } from "@/components/ui/data-table";
import { ModelTable } from "@/components/ui/model-table";

const g = (macsM: number, digits = 2) => `${(macsM / 1000).toFixed(digits)} G`;

const COLUMNS: readonly Column<V4CountRow>[] = [
  {
    id: "model",
    header: "Model",
    rowHeader: true,
    className: "whitespace-nowrap",
    cell: (r) => `${MODEL_TITLES[r.model]} · ${r.resolution} px`,
  },
  { id: "paper-params", header: "Paper params", numeric: true, cell: (r) => `${r.paperParamsM} M` },
  millionsColumn("our-params", "Ours", (r) => r.ourParams),
  millionsColumn("our-params-bn", "Ours + BN", (r) => r.ourParamsWithBn),
  {
    id: "timm-params",
    header: "timm",
    numeric: true,
    cell: (r) => `${r.timmParamsM.toFixed(2)} M`,
  },
  millionsColumn("tf-backbone", "TF backbone", (r) => r.tfBackboneParams),
  { id: "paper-macs", header: "Paper MACs", numeric: true, cell: (r) => g(r.paperMacsM, 1) },
  {
    id: "our-macs",
    header: "Ours",
    numeric: true,
    cell: (r) => g(r.ourMacs / 1e6),
    exact: (r) => ({ value: r.ourMacs }),
  },
  { id: "timm-macs", header: "timm", numeric: true, cell: (r) => g(r.timmMacsM) },
];

/** MobileNetV4 counted four ways (lib/cost/v4-counts.ts): paper Tab. 6, ours, timm, the TF backbone. */
export function V4CountTable() {
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Parameters and MACs of each V4 model at its paper resolution, as the paper prints them (Tab.
        6), as we count them (conv and FC weights and biases; then with BatchNorm γ and β), as timm
        prints them, and as the TF backbone&apos;s unit test counts them (no 1000-class classifier).
        Hover our numbers for the exact count.
      </p>
      <ModelTable
        columns={COLUMNS}
        rows={v4CountComparison()}
        caption="MobileNetV4 parameters and MACs counted four ways"
        testId="v4-count-table"
      />
    </div>
  );
}
