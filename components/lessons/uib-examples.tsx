import Link from "next/link";
import type { ModelId, ResolvedBlock } from "@/lib/arch/types";
import { MODEL_TITLES } from "@/lib/arch/models";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { DataTable, type Column } from "@/components/ui/data-table";
import { explorerHref } from "@/lib/explorer/explorer-state";

const VARIANTS: readonly {
  name: string;
  start: boolean;
  mid: boolean;
  model: ModelId;
  what: string;
}[] = [
  {
    name: "Inverted bottleneck (IB)",
    start: false,
    mid: true,
    model: "v4-conv-s",
    what: "expand → dw → project: MobileNetV2's block",
  },
  {
    name: "ConvNext-like",
    start: true,
    mid: false,
    model: "v4-conv-m",
    what: "dw → expand → project: spatial mixing before the expansion",
  },
  {
    name: "ExtraDW",
    start: true,
    mid: true,
    model: "v4-conv-m",
    what: "dw → expand → dw → project: two depthwise convs, a large receptive field cheaply",
  },
  {
    name: "FFN",
    start: false,
    mid: false,
    model: "v4-conv-m",
    what: "expand → project: two 1×1 convs, no spatial mixing at all",
  },
];

function firstMatch(
  blocks: readonly ResolvedBlock[],
  start: boolean,
  mid: boolean,
): ResolvedBlock | undefined {
  return blocks.find(
    (b) => b.spec.kind === "uib" && b.spec.startDw > 0 === start && b.spec.midDw > 0 === mid,
  );
}

type Variant = (typeof VARIANTS)[number];

interface UibRow {
  readonly variant: Variant;
  readonly block: ResolvedBlock | undefined;
}

const dw = (k: number) => (k ? `${k}×${k}` : "none");

const COLUMNS: readonly Column<UibRow>[] = [
  {
    id: "name",
    header: "Instantiation",
    rowHeader: "strong",
    cell: ({ variant: v }) => (
      <>
        {v.name}
        <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
          {v.what}
        </span>
      </>
    ),
  },
  {
    id: "dw",
    header: "Start dw, middle dw",
    mono: true,
    className: "text-xs",
    cell: ({ block }) =>
      block?.spec.kind === "uib" ? `${dw(block.spec.startDw)}, ${dw(block.spec.midDw)}` : "–",
  },
  {
    id: "example",
    header: "Example",
    className: "text-xs",
    cell: ({ variant: v, block }) =>
      block
        ? `${MODEL_TITLES[v.model]} ${block.name}, ${block.input.h}×${block.input.w}×${block.input.c} → ${block.output.c} ch`
        : "–",
  },
  {
    id: "macs",
    header: "MACs",
    numeric: true,
    cell: ({ variant: v, block }) =>
      block && (
        <Link
          href={explorerHref(v.model, { layer: block.layers[0]?.path })}
          title={`Exactly ${formatExact(block.totals.macs)} MACs. Open in the explorer.`}
          className="underline decoration-dotted underline-offset-2"
        >
          {formatCount(block.totals.macs)}
        </Link>
      ),
  },
];

/** The four UIB instantiations, each with a real block from a V4 model and its cost. */
export function UibExamples() {
  return (
    <DataTable
      columns={COLUMNS}
      rows={VARIANTS.map((variant) => ({
        variant,
        block: firstMatch(resolveNetwork(variant.model).blocks, variant.start, variant.mid),
      }))}
      rowKey={(r) => r.variant.name}
      rowAttributes={() => ({ className: "align-top" })}
      caption="The first block of each kind in MobileNetV4 Conv-S or Conv-M at its published resolution, from our cost engine."
      captionVisible
      testId="uib-examples"
    />
  );
}
