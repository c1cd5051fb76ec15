import type { OpKind } from "@/lib/arch/types";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { opColorVar } from "@/lib/viz/theme";

interface GlyphPart {
  readonly op: OpKind;
  /** Relative width of the tensor this op produces (narrow bottleneck vs expanded). */
  readonly wide: boolean;
  readonly optional?: boolean;
}

const PARTS: Readonly<Record<BlockKindSlug, readonly GlyphPart[]>> = {
  "v1-separable": [
    { op: "depthwise", wide: false },
    { op: "pointwise", wide: true },
  ],
  "v2-inverted-residual": [
    { op: "pointwise", wide: true },
    { op: "depthwise", wide: true },
    { op: "pointwise", wide: false },
  ],
  "v3-bneck": [
    { op: "pointwise", wide: true },
    { op: "depthwise", wide: true },
    { op: "se", wide: true },
    { op: "pointwise", wide: false },
  ],
  "v4-uib": [
    { op: "depthwise", wide: false, optional: true },
    { op: "pointwise", wide: true },
    { op: "depthwise", wide: true, optional: true },
    { op: "pointwise", wide: false },
  ],
  "v4-mqa": [
    { op: "attention", wide: true },
    { op: "attention", wide: false },
    { op: "attention", wide: false },
    { op: "attention", wide: true },
  ],
};

/** A tiny, decorative sketch of a block kind: one bar per op, in the op's colour, dashed when optional. */
export function BlockKindGlyph({
  kind,
  className,
}: {
  readonly kind: BlockKindSlug;
  readonly className?: string;
}) {
  const parts = PARTS[kind];
  const step = 22;
  return (
    <svg viewBox={`0 0 ${parts.length * step + 10} 40`} className={className} aria-hidden="true">
      {parts.map((p, i) => {
        const h = p.wide ? 32 : 16;
        return (
          <rect
            key={i}
            x={6 + i * step}
            y={20 - h / 2}
            width={14}
            height={h}
            rx={3}
            style={{ fill: opColorVar(p.op), stroke: opColorVar(p.op) }}
            fillOpacity={p.optional ? 0.15 : 0.7}
            strokeWidth={1.5}
            strokeDasharray={p.optional ? "3 2" : undefined}
          />
        );
      })}
    </svg>
  );
}
