import type { ReactNode } from "react";
import type { EngineView } from "@/components/classify/explorer-view";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import type { InsideLayer } from "@/lib/inside/inside-protocol";
import { shapeText } from "@/lib/inside/layer-csv";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import Link from "next/link";

export const ACTIVATION_NAMES = {
  relu: "ReLU",
  relu6: "ReLU6",
  hswish: "h-swish",
  hsigmoid: "hard sigmoid (SE gate)",
  linear: "none (linear)",
} as const;

/** One named fact of the layer, its name in the secondary ink. */
function Fact({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  return (
    <span>
      <span className="text-slate-500 dark:text-slate-400">{name} </span>
      {children}
    </span>
  );
}

/** The selected layer's identity: kind colour and shape marker, shapes, the engine's MACs and params (linked). */
export function LayerHeader({
  layer,
  view,
  modelName,
}: {
  readonly layer: InsideLayer;
  readonly view: EngineView;
  readonly modelName: string;
}) {
  const subject = `${layer.path} of ${modelName}`;
  return (
    <div className="space-y-1" data-testid="layer-header" data-kind={layer.op}>
      <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span
          aria-hidden
          className="inline-block size-3.5 rounded-sm"
          style={{ background: opColorVar(layer.op) }}
        />
        <span className="font-mono">{layer.path}</span>
        <span className="text-sm font-normal" style={{ color: opColorVar(layer.op) }}>
          {OP_STYLES[layer.op].label}
          {layer.kernel > 1 ? ` ${layer.kernel}×${layer.kernel}` : ""}
          {layer.stride > 1 ? `, stride ${layer.stride}` : ""}
        </span>
      </h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Fact name="shape">
          <span className="font-mono" data-testid="layer-shape">
            {shapeText(layer.input)} → {shapeText(layer.output)}
          </span>
        </Fact>
        {(["macs", "params"] as const).map((metric) => (
          <Fact key={metric} name={metric === "macs" ? "MACs" : "params"}>
            <ExplorerCostLink
              value={layer[metric]}
              metric={metric}
              {...view}
              layer={layer.path}
              subject={subject}
              testId={metric === "macs" ? "layer-macs" : undefined}
            />
          </Fact>
        ))}
        <Fact name="activation">{ACTIVATION_NAMES[layer.activation]}</Fact>
        <Link
          href={explorerHref(view.model, { ...view, layer: layer.path })}
          className="text-(--color-accent) underline dark:text-(--color-accent-dark)"
        >
          this layer in the explorer
        </Link>
      </p>
    </div>
  );
}
