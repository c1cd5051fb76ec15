import Link from "next/link";
import type { ModelId, ResolvedBlock } from "@/lib/arch/types";
import { MODEL_TITLES } from "@/lib/arch/models";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
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

/** The four UIB instantiations, each with a real block from a V4 model and its cost. */
export function UibExamples() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="uib-examples">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          The first block of each kind in MobileNetV4 Conv-S or Conv-M at its published resolution,
          from our cost engine.
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1 pr-3 font-medium">
              Instantiation
            </th>
            <th scope="col" className="pr-3 font-medium">
              Start dw, middle dw
            </th>
            <th scope="col" className="pr-3 font-medium">
              Example
            </th>
            <th scope="col" className="text-right font-medium">
              MACs
            </th>
          </tr>
        </thead>
        <tbody>
          {VARIANTS.map((v) => {
            const block = firstMatch(resolveNetwork(v.model).blocks, v.start, v.mid);
            const spec = block?.spec.kind === "uib" ? block.spec : undefined;
            return (
              <tr
                key={v.name}
                className="border-b border-slate-100 align-top dark:border-slate-900"
              >
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  {v.name}
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {v.what}
                  </span>
                </th>
                <td className="pr-3 font-mono text-xs">
                  {spec
                    ? `${spec.startDw ? `${spec.startDw}×${spec.startDw}` : "none"}, ${spec.midDw ? `${spec.midDw}×${spec.midDw}` : "none"}`
                    : "–"}
                </td>
                <td className="pr-3 text-xs">
                  {block
                    ? `${MODEL_TITLES[v.model]} ${block.name}, ${block.input.h}×${block.input.w}×${block.input.c} → ${block.output.c} ch`
                    : "–"}
                </td>
                <td className="text-right tabular-nums">
                  {block && (
                    <Link
                      href={explorerHref(v.model, { layer: block.layers[0]?.path })}
                      title={`Exactly ${formatExact(block.totals.macs)} MACs. Open in the explorer.`}
                      className="underline decoration-dotted underline-offset-2"
                    >
                      {formatCount(block.totals.macs)}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
