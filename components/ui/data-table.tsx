import { Fragment, memo, type HTMLAttributes, type ReactNode } from "react";
import { sortRows, type SortDirection, type SortState } from "@/lib/table/sort-rows";
import { CsvDownloadButton } from "./csv-download-button";
import { ExactNumber } from "./exact-number";

/** One column of a data table: its header and how a row fills its cell. */
export interface Column<Row> {
  /** Unique within the table; names the column in the sort state. */
  readonly id: string;
  readonly header: ReactNode;
  readonly cell: (row: Row, selected: boolean) => ReactNode;
  /** Numbers: right-aligned with tabular digits, never wrapped, so they line up by place value. */
  readonly numeric?: boolean;
  readonly mono?: boolean;
  /**
   * The row's name: a `<th scope="row">`, what a screen reader announces with every other cell; in
   * normal weight, or medium with "strong" (a row header that names a model).
   */
  readonly rowHeader?: boolean | "strong";
  /** The exact integer behind an abbreviated cell ("3.4 M"), shown on hover and on keyboard focus. */
  readonly exact?: (row: Row) => { readonly value: number; readonly unit?: string } | undefined;
  /** Hover text for the whole cell (a source, a full name). */
  readonly title?: (row: Row) => string | undefined;
  /** A cell that spans this and the next columns for some rows (an error message instead of results). */
  readonly colSpan?: (row: Row) => number | undefined;
  readonly testId?: (row: Row) => string | undefined;
  readonly className?: string;
  readonly headerClassName?: string;
  /** Makes the header a sort button. `first`: the direction of the first click (default biggest first). */
  readonly sort?: {
    readonly value: (row: Row) => number;
    readonly title: string;
    readonly first?: SortDirection;
  };
}

/** Attributes of a body row: its state (`aria-current`, a class) and the `data-*` its tests read. */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & {
  readonly [data: `data-${string}`]: string | number | undefined;
};

/**
 * How the table looks; each is one family of tables on the site.
 * - lines: lessons and summaries, a hairline under every row;
 * - compact: small type, no rules (the text equivalents of charts);
 * - panel: long result lists in a bordered scroll box (per-layer stats and times);
 * - boxed: measured results in a bordered box with a tinted header (the lab).
 */
export type TableLook = "lines" | "compact" | "panel" | "boxed";

const PAGE_BACKGROUND = "bg-(--color-page) dark:bg-(--color-page-dark)";

const LOOKS: Record<
  TableLook,
  { table: string; head: string; headCell: string; row: string; cell: string; scroll: string }
> = {
  lines: {
    table: "text-sm",
    head: `border-b border-slate-200 dark:border-slate-800 ${PAGE_BACKGROUND}`,
    headCell: "py-1 pr-3 font-medium last:pr-0",
    row: "border-b border-slate-100 dark:border-slate-900",
    cell: "py-1 pr-3 last:pr-0",
    scroll: "overflow-x-auto",
  },
  compact: {
    table: "text-xs",
    head: PAGE_BACKGROUND,
    headCell: "py-1 pr-2 last:pr-0",
    row: "",
    cell: "py-0.5 pr-2 last:pr-0",
    scroll: "overflow-auto",
  },
  panel: {
    table: "text-sm",
    head: `text-xs text-slate-500 dark:text-slate-400 ${PAGE_BACKGROUND}`,
    headCell: "px-2 py-1 font-normal",
    row: "border-t border-slate-100 dark:border-slate-900",
    cell: "px-2 py-1",
    scroll: "max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800",
  },
  boxed: {
    table: "text-sm",
    head: "bg-slate-50 text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-300",
    headCell: "px-2 py-2 font-semibold whitespace-nowrap",
    row: "border-t border-slate-200 dark:border-slate-800",
    cell: "px-2 py-1.5",
    scroll: "overflow-x-auto rounded border border-slate-200 dark:border-slate-800",
  },
};

const cx = (...parts: readonly (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

export interface DataTableProps<Row> {
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** A `data-*` attribute that carries each row's key, for the tests that find a row by it. */
  readonly keyAttribute?: `data-${string}`;
  /** The table's accessible name; shown above the table with `captionVisible`, else for screen readers. */
  readonly caption?: ReactNode;
  readonly captionVisible?: boolean;
  readonly look?: TableLook;
  /** "muted": grey column headers, for a table that sits under its own heading. */
  readonly headerTone?: "strong" | "muted";
  readonly testId?: string;
  /** The row drawn as selected (its key); only it and the previous one re-render on a change. */
  readonly selectedKey?: string | null;
  readonly rowAttributes?: (row: Row, selected: boolean) => RowAttributes;
  /**
   * The current sort (the caller keeps it, so the table also renders on the server); the rows are
   * shown in the order given while it is null. `onSort` gets a clicked header's column and first
   * direction; `nextSort` (lib/table/sort-rows) turns that into the new state.
   */
  readonly sort?: SortState | null;
  readonly onSort?: (column: string, first: SortDirection) => void;
  /** Rows after the body that never sort (a remainder, a total). */
  readonly footer?: ReactNode;
  /** A download button above the table; `csv` builds the file only when it is clicked. */
  readonly download?: {
    readonly label: string;
    readonly fileName: string;
    readonly csv: () => string;
    readonly testId?: string;
  };
  /** As wide as its container (the default), or as wide as its content. */
  readonly fullWidth?: boolean;
  /**
   * Under `sm` (phones) the rows as cards instead of the table, so every column is on screen without
   * sideways scroll; the list is named by the caption. `card` returns the `<li>`.
   */
  readonly phoneCards?: { readonly card: (row: Row) => ReactNode; readonly testId: string };
  /** Extra classes: on the `<table>` (a minimum width, type) and on its scroll box (a margin, a height). */
  readonly className?: string;
  readonly scrollClassName?: string;
  /** Attributes of the scroll box (a test id the page's tests already use). */
  readonly scrollTestId?: string;
}

/**
 * The site's data table: column definitions in, a `<table>` with a caption, column and row headers,
 * right-aligned tabular numbers, a header that stays in view while the rows scroll, optional sort
 * buttons (`aria-sort`), exact integers behind abbreviated counts, and an optional CSV download.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  keyAttribute,
  caption,
  captionVisible = false,
  look = "lines",
  headerTone = "strong",
  testId,
  selectedKey,
  rowAttributes,
  sort = null,
  onSort,
  footer,
  download,
  className,
  fullWidth = true,
  phoneCards,
  scrollClassName,
  scrollTestId,
}: DataTableProps<Row>) {
  const style = LOOKS[look];
  const by = columns.find((c) => c.id === sort?.column)?.sort;
  const sorted = by && sort ? sortRows(rows, by.value, sort.direction) : rows;
  // The same for every row: spread as separate props, so each row's memo compares them one by one.
  const shared = { columns, keyAttribute, rowAttributes, look };
  const table = (
    <div
      className={cx(style.scroll, phoneCards && "hidden sm:block", scrollClassName)}
      data-testid={scrollTestId}
    >
      <table
        className={cx("text-left", fullWidth && "w-full", style.table, className)}
        data-testid={testId}
      >
        {caption !== undefined && (
          <caption
            className={
              captionVisible
                ? "mb-2 text-left text-sm text-slate-600 dark:text-slate-400"
                : "sr-only"
            }
          >
            {caption}
          </caption>
        )}
        <thead
          className={cx(
            "sticky top-0",
            style.head,
            headerTone === "muted" && "text-slate-600 dark:text-slate-400",
          )}
        >
          <tr>
            {columns.map((c) => (
              <HeaderCell
                key={c.id}
                column={c}
                className={style.headCell}
                sort={sort}
                onSort={onSort && ((first) => onSort(c.id, first))}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <DataRow
                key={key}
                {...{ row, rowKey: key, selected: key === selectedKey, ...shared }}
              />
            );
          })}
        </tbody>
        {footer !== undefined && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
  if (phoneCards)
    return (
      <>
        <ul
          className="grid gap-2 sm:hidden"
          aria-label={typeof caption === "string" ? caption : undefined}
          data-testid={phoneCards.testId}
        >
          {rows.map((row) => (
            <Fragment key={rowKey(row)}>{phoneCards.card(row)}</Fragment>
          ))}
        </ul>
        {table}
      </>
    );
  if (!download) return table;
  return (
    <div className="space-y-3">
      <CsvDownloadButton {...download} />
      {table}
    </div>
  );
}

function HeaderCell<Row>({
  column: c,
  className,
  sort,
  onSort,
}: {
  readonly column: Column<Row>;
  readonly className: string;
  readonly sort: SortState | null;
  readonly onSort?: (first: SortDirection) => void;
}) {
  const sorted = sort?.column === c.id ? sort.direction : undefined;
  return (
    <th
      scope="col"
      aria-sort={c.sort && onSort ? sorted : undefined}
      className={cx(className, c.numeric && "text-right", c.headerClassName)}
    >
      {c.sort && onSort ? (
        <button
          type="button"
          onClick={() => onSort(c.sort?.first ?? "descending")}
          title={`Sort by ${c.sort.title}`}
          className="underline decoration-dotted underline-offset-2 hover:text-slate-900 dark:hover:text-white"
        >
          {c.header}
          {sorted === "descending" ? " ↓" : sorted === "ascending" ? " ↑" : ""}
        </button>
      ) : (
        c.header
      )}
    </th>
  );
}

interface DataRowProps<Row> {
  readonly row: Row;
  readonly rowKey: string;
  readonly keyAttribute?: `data-${string}`;
  readonly columns: readonly Column<Row>[];
  readonly look: TableLook;
  readonly selected: boolean;
  readonly rowAttributes?: (row: Row, selected: boolean) => RowAttributes;
}

/** One body row; memoized, so a new selection re-renders two rows, not the table. */
const DataRow = memo(function DataRow<Row>({
  row,
  rowKey,
  keyAttribute,
  columns,
  look,
  selected,
  rowAttributes,
}: DataRowProps<Row>) {
  const { row: rowClassName, cell: cellClassName } = LOOKS[look];
  const { className, ...attributes } = rowAttributes?.(row, selected) ?? {};
  const spans = columns.map((c) => c.colSpan?.(row) ?? 1);
  // A column is left out when an earlier cell of this row spans over it.
  const covered = (i: number) => spans.slice(0, i).some((span, j) => j + span > i);
  return (
    <tr
      className={cx(rowClassName, className) || undefined}
      {...(keyAttribute && { [keyAttribute]: rowKey })}
      {...attributes}
    >
      {columns.map((c, i) => {
        if (covered(i)) return null;
        const exact = c.exact?.(row);
        const content = c.cell(row, selected);
        const props = {
          colSpan: c.colSpan?.(row),
          title: c.title?.(row),
          "data-testid": c.testId?.(row),
          className: cx(
            cellClassName,
            c.numeric && "text-right whitespace-nowrap tabular-nums",
            c.mono && "font-mono",
            c.rowHeader && (c.rowHeader === "strong" ? "font-medium" : "font-normal"),
            c.className,
          ),
        };
        const body = exact ? (
          <ExactNumber value={exact.value} unit={exact.unit}>
            {content}
          </ExactNumber>
        ) : (
          content
        );
        return c.rowHeader ? (
          <th key={c.id} scope="row" {...props}>
            {body}
          </th>
        ) : (
          <td key={c.id} {...props}>
            {body}
          </td>
        );
      })}
    </tr>
  );
}) as <Row>(props: DataRowProps<Row>) => ReactNode;
