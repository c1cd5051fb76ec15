import { OP_KINDS } from "@/lib/arch/types";
import type { NodeCategory } from "@/lib/onnx/graph-builder";
import type { OpSplit } from "@/lib/lab/measurement";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";

const CATEGORIES: readonly NodeCategory[] = [...OP_KINDS, "other"];

function label(c: NodeCategory): string {
  return c === "other" ? "Other (adds, pooling, activations ORT split off)" : OP_STYLES[c].label;
}

/** Op kinds use the site-wide hue; "other" is not an op kind, so it gets a neutral grey class. */
function swatch(c: NodeCategory): { className: string; style?: { background: string } } {
  return c === "other"
    ? { className: "bg-slate-400 dark:bg-slate-500" }
    : { className: "", style: { background: opColorVar(c) } };
}

/** Share of profiled kernel time per op kind, as one stacked bar with a text equivalent. */
export function OpSplitBar({ split }: { readonly split: OpSplit }) {
  const total = CATEGORIES.reduce((s, c) => s + (split[c] ?? 0), 0);
  if (total <= 0) return <span className="text-slate-500 dark:text-slate-400">–</span>;
  const parts = CATEGORIES.filter((c) => (split[c] ?? 0) > 0).map((c) => ({
    c,
    share: (split[c] ?? 0) / total,
  }));
  const text = parts
    .map((p) => `${label(p.c).split(" (")[0]} ${(p.share * 100).toFixed(0)} %`)
    .join(", ");
  return (
    <div className="min-w-28" data-testid="op-split">
      <div className="flex h-3 w-full overflow-hidden rounded-sm" title={text} aria-hidden="true">
        {parts.map((p) => (
          <div
            key={p.c}
            className={swatch(p.c).className}
            style={{ ...swatch(p.c).style, width: `${p.share * 100}%` }}
          />
        ))}
      </div>
      <span className="sr-only">{text}</span>
    </div>
  );
}

/** Legend for the split bars. */
export function OpSplitLegend() {
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
      aria-label="Op kinds in the time split"
    >
      {CATEGORIES.map((c) => (
        <li key={c} className="flex items-center gap-1.5">
          <span
            className={`inline-block size-3 rounded-sm ${swatch(c).className}`}
            style={swatch(c).style}
            aria-hidden="true"
          />
          {label(c)}
        </li>
      ))}
    </ul>
  );
}
