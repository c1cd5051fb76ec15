import { OP_KINDS, type OpKind } from "@/lib/arch/types";
import type { OpShare } from "@/lib/cost/op-split";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import { StackedBar } from "./stacked-bar";
import { countColumn } from "@/components/ui/count-columns";
import { OpSwatch } from "@/components/ui/op-swatch";
import { DataTable, type Column } from "@/components/ui/data-table";

function percent(share: number): string {
  return `${(100 * share).toFixed(1)} %`;
}

type SplitRow = OpShare & { readonly op: OpKind };

const shareColumn = (share: "macsShare" | "paramsShare"): Column<SplitRow> => ({
  id: share,
  header: "Share",
  numeric: true,
  mono: true,
  cell: (r) => percent(r[share]),
});

const COLUMNS: readonly Column<SplitRow>[] = [
  {
    id: "kind",
    header: "Kind",
    rowHeader: true,
    cell: (r) => (
      <>
        <OpSwatch op={r.op} />
        {OP_STYLES[r.op].label}
      </>
    ),
  },
  countColumn("macs", "MACs", (r) => r.macs, { unit: "MACs", mono: true }),
  { ...shareColumn("macsShare"), testId: (r) => `share-macs-${r.op}` },
  countColumn("params", "Params", (r) => r.params, { unit: "params", mono: true }),
  shareColumn("paramsShare"),
];

/**
 * Where the cost goes, by operation kind: two 100 % stacked bars (MACs, params) and the same numbers
 * as a table (the text equivalent, always visible because the percentages are the point).
 */
export function OpSplitChart({ split }: { readonly split: Readonly<Record<OpKind, OpShare>> }) {
  const rows = OP_KINDS.map((op) => ({ op, ...split[op] })).filter(
    (r) => r.macs > 0 || r.params > 0,
  );
  const top = rows.reduce<(typeof rows)[number] | undefined>(
    (best, r) => (best === undefined || r.macsShare > best.macsShare ? r : best),
    undefined,
  );
  return (
    <div data-testid="op-split">
      {top && (
        <p className="mb-3 text-lg" data-testid="op-split-headline">
          <span
            aria-hidden="true"
            className="mr-2 inline-block h-3 w-3 rounded-sm"
            style={{ background: opColorVar(top.op) }}
          />
          {OP_STYLES[top.op].label} layers do <strong>{percent(top.macsShare)}</strong> of the
          multiply-adds.
        </p>
      )}
      {(["macs", "params"] as const).map((metric) => {
        const share = metric === "macs" ? "macsShare" : "paramsShare";
        return (
          <div key={metric} className="mb-3">
            <p className="mb-1 text-sm text-slate-600 dark:text-slate-400">
              {metric === "macs" ? "MACs (multiply-adds)" : "Params"}
            </p>
            <StackedBar
              className="h-6"
              segments={rows
                .filter((r) => r[share] > 0)
                .map((r) => ({
                  key: r.op,
                  share: r[share],
                  title: `${OP_STYLES[r.op].label}: ${percent(r[share])}`,
                  color: opColorVar(r.op),
                }))}
            />
          </div>
        );
      })}
      <DataTable
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => r.op}
        keyAttribute="data-op"
        caption="Cost split by operation kind"
        className="mt-2 whitespace-nowrap"
      />
    </div>
  );
}
