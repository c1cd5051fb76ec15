import type { ResolvedNetwork } from "@/lib/arch/types";
import { CountStat } from "@/components/ui/count-stat";
import { formatCount, macsToFlops } from "@/lib/cost/format";

/** Whole-network totals, short and exact, with units written out (FLOPs shown only as 2 × MACs). */
export function TotalsPanel({ network }: { readonly network: ResolvedNetwork }) {
  const { totals } = network;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <CountStat
        label="Multiply-adds"
        value={totals.macs}
        unit="MACs"
        testId="total-macs"
        exactTestId="total-macs-exact"
      />
      <CountStat
        label="Parameters (conv + FC, as the papers count)"
        value={totals.params}
        unit="params"
        testId="total-params"
        exactTestId="total-params-exact"
      />
      <CountStat
        label="FLOPs, counted as 2 × MACs"
        value={macsToFlops(totals.macs)}
        unit="FLOPs"
        testId="total-flops"
        exactTestId="total-flops-exact"
      />
      <CountStat
        label="BatchNorm γ/β (not in the papers' count)"
        value={totals.bnParams}
        unit="params"
        testId="total-bn"
        exactTestId="total-bn-exact"
        exactNote={`with them: ${formatCount(totals.params + totals.bnParams)}`}
      />
    </dl>
  );
}
