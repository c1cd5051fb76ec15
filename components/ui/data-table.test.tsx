import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { countColumn, millionsColumn } from "./count-columns";
import { DataTable, type Column, type DataTableProps } from "./data-table";

interface Layer {
  readonly name: string;
  readonly macs: number;
  readonly note?: string;
}

const LAYERS: readonly Layer[] = [
  { name: "conv1", macs: 10_838_016 },
  { name: "block1", macs: 3_612_672 },
  { name: "fc", macs: 1_025_000, note: "not timed" },
];

const COLUMNS: readonly Column<Layer>[] = [
  { id: "name", header: "Layer", rowHeader: true, cell: (l) => l.name },
  {
    ...countColumn("macs", "MACs", (l: Layer) => l.macs, { unit: "MACs" }),
    colSpan: (l) => (l.note ? 2 : undefined),
    cell: (l) => l.note ?? String(l.macs),
    sort: { value: (l) => l.macs, title: "multiply-adds" },
  },
  { id: "extra", header: "Extra", cell: () => "x" },
];

/** The table's HTML for these layers and columns, with any other props. */
const html = (props: Partial<DataTableProps<Layer>> = {}) =>
  renderToStaticMarkup(
    <DataTable columns={COLUMNS} rows={LAYERS} rowKey={(l) => l.name} {...props} />,
  );

describe("DataTable", () => {
  it("writes a caption, column headers and a row header per row", () => {
    const out = html({ caption: "Layers" });
    expect(out).toContain('<caption class="sr-only">Layers</caption>');
    expect(out.match(/<th scope="col"/g)).toHaveLength(3);
    expect(out.match(/<th scope="row"/g)).toHaveLength(3);
  });

  it("right-aligns numbers with tabular digits, headers included", () => {
    const out = html();
    expect(out).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">MACs<\/th>/);
    expect(out).toMatch(/<td class="[^"]*text-right whitespace-nowrap tabular-nums[^"]*"/);
  });

  it("gives an abbreviated count its exact integer as title and focusable data", () => {
    const out = html({
      columns: [countColumn("macs", "MACs", (l: Layer) => l.macs, { unit: "MACs" })],
      rows: LAYERS.slice(0, 1),
    });
    expect(out).toContain('tabindex="0" title="10,838,016 MACs" data-exact="10,838,016 MACs"');
    expect(out).toContain(">11 M</span>");
  });

  it("prints millions with fixed decimals", () => {
    const out = html({ columns: [millionsColumn("p", "Params", (l: Layer) => l.macs)] });
    expect(out).toContain(">10.84 M</span>");
  });

  it("lets a cell span the next columns for one row only", () => {
    const out = html();
    expect(out).toContain('colSpan="2"');
    expect(out.match(/>x<\/td>/g)).toHaveLength(2);
  });

  it("orders the rows by the sort it is given and marks the header", () => {
    const out = html({ sort: { column: "macs", direction: "ascending" }, onSort: () => {} });
    expect(out.indexOf(">fc<")).toBeLessThan(out.indexOf(">block1<"));
    expect(out.indexOf(">block1<")).toBeLessThan(out.indexOf(">conv1<"));
    expect(out).toContain('aria-sort="ascending"');
    expect(out).toContain('title="Sort by multiply-adds"');
    expect(out).toContain("MACs ↑");
  });

  it("has plain headers and the given order without onSort", () => {
    const out = html({ sort: { column: "macs", direction: "ascending" } });
    expect(out).not.toContain("aria-sort");
    expect(out).not.toContain("<button");
  });

  it("passes row attributes and marks the selected row", () => {
    const out = html({
      selectedKey: "block1",
      keyAttribute: "data-layer",
      rowAttributes: (_, selected) => ({ className: selected ? "picked" : undefined }),
    });
    expect(out).toContain('data-layer="conv1"');
    expect(out.match(/picked/g)).toHaveLength(1);
    expect(out).toMatch(/<tr class="[^"]* picked" data-layer="block1">/);
  });

  it("adds a CSV button above the table when asked", () => {
    const out = html({ download: { label: "Download (CSV)", fileName: "x.csv", csv: () => "" } });
    expect(out.indexOf("Download (CSV)</button>")).toBeLessThan(out.indexOf("<table"));
  });

  it("lists the rows as cards for phones, named by the caption, and hides the table there", () => {
    const out = html({
      caption: "Layers",
      phoneCards: { card: (l) => <li>{l.name} card</li>, testId: "cards" },
    });
    expect(out).toContain(
      '<ul class="grid gap-2 sm:hidden" aria-label="Layers" data-testid="cards">',
    );
    expect(out.match(/ card<\/li>/g)).toHaveLength(3);
    expect(out).toMatch(/<div class="[^"]*hidden sm:block"><table/);
  });
});
