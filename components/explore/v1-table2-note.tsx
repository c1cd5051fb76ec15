import { v1Table2Comparison } from "@/lib/cost/v1-table2";

const pct = (x: number) => `${x.toFixed(2)} %`;

/** V1 Table 2 against our count, including the one row where the paper's table is inconsistent. */
export function V1Table2Note() {
  const { rows, paperMacsSum, firstConvLeftover } = v1Table2Comparison();
  const pointwise = rows.find((r) => r.op === "pointwise");
  const fc = rows.find((r) => r.op === "fc");
  const first = rows.find((r) => r.op === "conv");
  if (!pointwise || !fc || !first) return null;
  return (
    <p
      className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400"
      data-testid="v1-table2-note"
    >
      MobileNetV1&apos;s paper (Table 2) puts {pct(pointwise.macsPercent)} of its multiply-adds in
      1×1 (pointwise) convolutions and {pct(fc.paramsPercent)} of its parameters in the final fully
      connected layer; our count of V1 1.0-224 gives {pct(pointwise.ourMacsPercent)} and{" "}
      {pct(fc.ourParamsPercent)}. One row differs: the table gives the first 3×3 conv{" "}
      {pct(first.macsPercent)} of the multiply-adds, our count {pct(first.ourMacsPercent)}. The
      table&apos;s four rows add up to {pct(paperMacsSum)}, and its other three leave{" "}
      {pct(firstConvLeftover)} for the first conv, which agrees with our count.
    </p>
  );
}
