import { DataTable, type DataTableProps } from "./data-table";

/** A data table with one row per model; each row carries `data-model`, for the tests that find it. */
export function ModelTable<Row extends { readonly model: string }>(
  props: Omit<DataTableProps<Row>, "rowKey" | "keyAttribute">,
) {
  return <DataTable {...props} rowKey={(r) => r.model} keyAttribute="data-model" />;
}
