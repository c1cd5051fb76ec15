/** Sorting a table by one column: the pure part of the data table's sortable headers. */

export type SortDirection = "ascending" | "descending";

export interface SortState {
  /** The sorted column's id. */
  readonly column: string;
  readonly direction: SortDirection;
}

/**
 * The rows ordered by `value`, a new array. Ties keep their order (ascending) or come out reversed
 * (descending: the ascending order flipped). A value that is not a finite number sorts below every
 * number, so a layer without a measurement ends up last when the biggest come first.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => number,
  direction: SortDirection,
): Row[] {
  const key = (row: Row) => {
    const v = value(row);
    return Number.isFinite(v) ? v : -Infinity;
  };
  const ascending = [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : ka < kb ? -1 : 1;
  });
  return direction === "descending" ? ascending.reverse() : ascending;
}

/**
 * The sort after a click on a column's header: the same column flips its direction; another column
 * starts in its own first direction (biggest first for measurements, network order ascending).
 */
export function nextSort(
  current: SortState | null,
  column: string,
  firstDirection: SortDirection,
): SortState {
  if (current?.column === column)
    return {
      column,
      direction: current.direction === "ascending" ? "descending" : "ascending",
    };
  return { column, direction: firstDirection };
}
