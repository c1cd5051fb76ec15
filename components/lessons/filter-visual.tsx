import { opColorVar } from "@/lib/viz/theme";

const M = 4; // input channels drawn
const N = 3; // output channels drawn
const SLICE = 14;

/** A stack of `count` channel slices, drawn as offset squares (a tensor seen from the side). */
function Stack({
  x,
  y,
  count,
  fill,
  label,
}: {
  x: number;
  y: number;
  count: number;
  fill: string;
  label?: string;
}) {
  return (
    <g>
      {Array.from({ length: count }, (_, i) => (
        <rect
          key={i}
          x={x + i * 6}
          y={y - i * 6}
          width={SLICE}
          height={SLICE}
          rx={2}
          fill={fill}
          stroke="currentColor"
          strokeOpacity={0.35}
        />
      ))}
      {label && (
        <text x={x} y={y + SLICE + 14} className="fill-current text-[11px]">
          {label}
        </text>
      )}
    </g>
  );
}

/**
 * Standard convolution: each of N filters spans all M input channels. Depthwise: one k×k filter per
 * channel, then a pointwise 1×1×M filter per output channel mixes them.
 */
export function FilterVisual() {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <svg viewBox="0 0 280 150" className="w-full max-w-sm" role="img" aria-labelledby="fv-std">
        <title id="fv-std">
          Standard convolution: each of the N output channels has its own filter that covers all M
          input channels at once.
        </title>
        <text x="0" y="14" className="fill-current text-[12px] font-semibold">
          Standard: N filters × (k×k×M)
        </text>
        {Array.from({ length: N }, (_, j) => (
          <Stack
            key={j}
            x={20 + j * 80}
            y={90}
            count={M}
            fill={opColorVar("conv")}
            label={`filter ${j + 1}: ${M} ch`}
          />
        ))}
        <text x="0" y="140" className="fill-slate-500 text-[10px]">
          every filter sees every input channel
        </text>
      </svg>
      <svg viewBox="0 0 280 150" className="w-full max-w-sm" role="img" aria-labelledby="fv-dw">
        <title id="fv-dw">
          Depthwise separable: M single-channel k×k filters, one per input channel, then N pointwise
          1×1 filters that mix the channels.
        </title>
        <text x="0" y="14" className="fill-current text-[12px] font-semibold">
          Depthwise: one k×k filter per channel
        </text>
        {Array.from({ length: M }, (_, i) => (
          <Stack key={i} x={10 + i * 34} y={70} count={1} fill={opColorVar("depthwise")} />
        ))}
        <text x="10" y="100" className="fill-current text-[11px]">
          {M} filters, 1 ch each
        </text>
        <text x="160" y="50" className="fill-current text-[12px]">
          then
        </text>
        {Array.from({ length: N }, (_, j) => (
          <rect
            key={j}
            x={160 + j * 30}
            y={62}
            width={6}
            height={36}
            rx={1}
            fill={opColorVar("pointwise")}
            stroke="currentColor"
            strokeOpacity={0.35}
          />
        ))}
        <text x="160" y="116" className="fill-current text-[11px]">
          {N} pointwise 1×1×{M}
        </text>
        <text x="0" y="140" className="fill-slate-500 text-[10px]">
          filtering and channel mixing are split in two
        </text>
      </svg>
    </div>
  );
}
