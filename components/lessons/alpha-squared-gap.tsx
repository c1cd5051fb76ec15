import type { OpKind } from "@/lib/arch/types";
import { alphaSquaredGap, type AlphaGapRow } from "@/lib/cost/alpha-squared-gap";
import { OP_STYLES } from "@/lib/viz/theme";
import { millionsColumn } from "@/components/ui/count-columns";
import { DataTable, type Column } from "@/components/ui/data-table";

type GapRow = Omit<AlphaGapRow, "op"> & { readonly op: OpKind | "total" };

const COLUMNS: readonly Column<GapRow>[] = [
  {
    id: "layers",
    header: "Layers",
    rowHeader: true,
    cell: (r) => (r.op === "total" ? "Whole network" : OP_STYLES[r.op].label),
  },
  millionsColumn("full", "α = 1", (r) => r.fullMacs),
  millionsColumn("half", "α = 0.5", (r) => r.macs),
  millionsColumn("predicted", "¼ of α = 1", (r) => r.predictedMacs),
  {
    ...millionsColumn("extra", "Above ¼", (r) => r.extraMacs),
    cell: (r) => (r.extraMacs === 0 ? "0" : `+${(r.extraMacs / 1e6).toFixed(2)} M`),
    testId: (r) => `alpha-gap-extra-${r.op}`,
  },
];

/**
 * Where 0.5 MobileNet-224's multiply-adds exceed a quarter of the 1.0 network's, by op kind, from the
 * cost engine (lib/cost/alpha-squared-gap.ts).
 */
export function AlphaSquaredGap() {
  const gap = alphaSquaredGap("v1", 0.5);
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        MobileNetV1 at 224 px, multiply-adds by kind of layer: α = 1, α = 0.5, what α² = ¼ would
        predict, and the difference. Our cost engine; hover a number for the exact count.
      </p>
      <DataTable
        columns={COLUMNS}
        rows={[...gap.rows, { ...gap, op: "total" as const }]}
        rowKey={(r) => r.op}
        keyAttribute="data-op"
        rowAttributes={(r) => ({ className: r.op === "total" ? "font-semibold" : undefined })}
        caption="MobileNetV1 multiply-adds by kind of layer at α = 1 and α = 0.5"
        testId="alpha-gap"
      />
    </div>
  );
}
