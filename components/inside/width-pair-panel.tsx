"use client";

import type { WidthPair, WidthSide } from "@/lib/inside/width-pair";
import { countColumn } from "@/components/ui/count-columns";
import { DataTable } from "@/components/ui/data-table";

const alphaText = (a: number) => (Number.isInteger(a) ? a.toFixed(1) : String(a));
const num = (x: number) => String(Number(x.toFixed(4)));

/** Why a layer's MACs scale by α rather than α². */
const WHY_NOT_SQUARED: Partial<Record<WidthPair["op"], string>> = {
  depthwise: "a depthwise conv has one filter per channel, so only its channel count scales",
  conv: "the first conv reads the 3 colour channels at every width; only its outputs scale",
  fc: "the classifier writes 1000 classes at every width; only its inputs scale",
};

/**
 * The paper's width multiplier, run for real: this layer in the model on screen beside the same layer
 * of the installed model at the other α (cost engine counts), and one button to see that model's real
 * activations of the same layer for the same photo.
 */
export function WidthPairPanel({
  pair,
  layerPath,
  family,
  onOpen,
}: {
  readonly pair: WidthPair;
  readonly layerPath: string;
  /** "MobileNetV1". */
  readonly family: string;
  readonly onOpen: (modelId: string, layerPath: string) => void;
}) {
  const rows = [pair.current, pair.other].sort((a, b) => b.alpha - a.alpha);
  const ratio = pair.macsRatio;
  const exact = Math.abs(ratio - pair.alphaSquared) < 1e-9;
  const rule = exact
    ? `exactly α² = ${num(pair.alphaSquared)}: both its input and its output channels shrink by α`
    : `not α² = ${num(pair.alphaSquared)}: ${WHY_NOT_SQUARED[pair.op] ?? "the rounding of channel counts moves it"}`;
  return (
    <section
      aria-labelledby="width-pair-heading"
      data-testid="width-pair"
      className="space-y-2 text-sm"
    >
      <h3 id="width-pair-heading" className="font-semibold">
        The width multiplier, run for real: {layerPath} at α {alphaText(rows[0]?.alpha ?? 1)} and{" "}
        {alphaText(rows[1]?.alpha ?? 1)}
      </h3>
      <DataTable<WidthSide>
        fullWidth={false}
        columns={[
          {
            id: "alpha",
            header: family,
            rowHeader: true,
            className: "whitespace-nowrap",
            cell: (s) =>
              `α ${alphaText(s.alpha)}${s.modelId === pair.current.modelId ? " (on screen)" : ""}`,
          },
          {
            id: "channels",
            header: "channels in → out",
            mono: true,
            className: "whitespace-nowrap",
            cell: (s) => `${s.inChannels} → ${s.outChannels}`,
          },
          countColumn("macs", "MACs", (s) => s.macs, { mono: true }),
          countColumn("params", "params", (s) => s.params, { mono: true }),
        ]}
        rows={rows}
        rowKey={(s) => s.modelId}
        headerTone="muted"
        rowAttributes={(s) => ({ "data-alpha": s.alpha })}
        caption={`${layerPath} in ${family} at two widths: channels, multiply-adds, parameters`}
      />
      <p className="max-w-3xl text-slate-700 dark:text-slate-300" data-testid="width-pair-ratio">
        The narrower network does {num(ratio)}× this layer&apos;s multiply-adds, {rule}. Both are
        real pretrained networks, trained separately, so their channels learned different things.
      </p>
      <button
        type="button"
        onClick={() => onOpen(pair.other.modelId, layerPath)}
        className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 focus-visible:outline-2 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Open {layerPath} in {family} α {alphaText(pair.other.alpha)} with this photo
      </button>
    </section>
  );
}
