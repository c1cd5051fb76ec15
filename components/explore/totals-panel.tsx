import type { ResolvedNetwork } from "@/lib/arch/types";
import { formatCount, formatExact, macsToFlops } from "@/lib/cost/format";

function Stat({
  label,
  value,
  unit,
  testId,
  note,
}: {
  label: string;
  value: number;
  unit: string;
  testId: string;
  note?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1">
        <span
          className="text-2xl font-semibold tabular-nums"
          title={`${formatExact(value)} ${unit}`}
          data-testid={testId}
        >
          {formatCount(value)}
        </span>{" "}
        <span className="text-sm">{unit}</span>
        <span
          className="block font-mono text-xs text-slate-500 dark:text-slate-400"
          data-testid={`${testId}-exact`}
        >
          {formatExact(value)}
          {note ? ` · ${note}` : ""}
        </span>
      </dd>
    </div>
  );
}

/** Whole-network totals, short and exact, with units written out (FLOPs shown only as 2 × MACs). */
export function TotalsPanel({ network }: { readonly network: ResolvedNetwork }) {
  const { totals } = network;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat label="Multiply-adds" value={totals.macs} unit="MACs" testId="total-macs" />
      <Stat
        label="Parameters (conv + FC, as the papers count)"
        value={totals.params}
        unit="params"
        testId="total-params"
      />
      <Stat
        label="FLOPs, counted as 2 × MACs"
        value={macsToFlops(totals.macs)}
        unit="FLOPs"
        testId="total-flops"
      />
      <Stat
        label="BatchNorm γ/β (not in the papers' count)"
        value={totals.bnParams}
        unit="params"
        testId="total-bn"
        note={`with them: ${formatCount(totals.params + totals.bnParams)}`}
      />
    </dl>
  );
}
