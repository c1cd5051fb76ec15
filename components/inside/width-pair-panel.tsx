"use client";

import { formatCount, formatExact } from "@/lib/cost/format";
import type { WidthPair } from "@/lib/inside/width-pair";

const alphaText = (a: number) => (Number.isInteger(a) ? a.toFixed(1) : String(a));

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
  const rule =
    Math.abs(ratio - pair.alphaSquared) < 1e-9
      ? `exactly α² = ${pair.alphaSquared.toFixed(4)}: both its input and its output channels shrink`
      : `not α² = ${pair.alphaSquared.toFixed(4)}: ${Math.abs(ratio - Math.sqrt(pair.alphaSquared)) < 1e-9 ? "only one side of this layer scales with α (a depthwise conv has one filter per channel, the stem reads the 3 colour channels, the classifier always writes 1000 classes)" : "the rounding of channel counts moves it"}`;
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
      <div className="overflow-x-auto">
        <table className="text-left text-sm [&_td]:pr-4 [&_td]:whitespace-nowrap [&_th]:pr-4">
          <caption className="sr-only">
            {layerPath} in {family} at two widths: channels, multiply-adds, parameters
          </caption>
          <thead>
            <tr className="text-slate-500 dark:text-slate-400">
              <th scope="col" className="font-medium">
                {family}
              </th>
              <th scope="col" className="font-medium">
                channels in → out
              </th>
              <th scope="col" className="font-medium">
                MACs
              </th>
              <th scope="col" className="font-medium">
                params
              </th>
            </tr>
          </thead>
          <tbody className="font-mono tabular-nums">
            {rows.map((s) => (
              <tr key={s.modelId} data-alpha={s.alpha}>
                <th scope="row" className="font-sans font-normal">
                  α {alphaText(s.alpha)}
                  {s.modelId === pair.current.modelId ? " (on screen)" : ""}
                </th>
                <td>
                  {s.inChannels} → {s.outChannels}
                </td>
                <td title={formatExact(s.macs)}>{formatCount(s.macs)}</td>
                <td title={formatExact(s.params)}>{formatCount(s.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-slate-700 dark:text-slate-300" data-testid="width-pair-ratio">
        The narrower network does {ratio.toFixed(4)}× this layer&apos;s multiply-adds, {rule}. Both
        are real pretrained networks, trained separately, so their channels learned different
        things.
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
