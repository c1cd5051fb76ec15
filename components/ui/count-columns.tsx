import { formatCount } from "@/lib/cost/format";
import type { Column } from "./data-table";

/**
 * A column of counts in the site's short form ("569 M", "4.2 M", formatCount), each with its exact
 * integer on hover and focus; `unit` ends the exact text ("3,407,872 MACs").
 */
export function countColumn<Row>(
  id: string,
  header: string,
  value: (row: Row) => number,
  options: {
    readonly unit?: string;
    readonly mono?: boolean;
    readonly testId?: Column<Row>["testId"];
  } = {},
): Column<Row> {
  return {
    id,
    header,
    numeric: true,
    mono: options.mono,
    testId: options.testId,
    cell: (row) => formatCount(value(row)),
    exact: (row) => ({ value: value(row), unit: options.unit }),
  };
}

/** A column of counts in millions with fixed decimals ("3.49 M", as papers print them), exact on hover. */
export function millionsColumn<Row>(
  id: string,
  header: string,
  value: (row: Row) => number,
  digits = 2,
): Column<Row> {
  return {
    id,
    header,
    numeric: true,
    cell: (row) => `${(value(row) / 1e6).toFixed(digits)} M`,
    exact: (row) => ({ value: value(row) }),
  };
}
