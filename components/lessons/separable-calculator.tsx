"use client";

import type { ReactNode } from "react";
import { useId, useMemo, useState } from "react";
import { BlockPlayer } from "@/components/blocks/block-player";
import { parseLayerField } from "@/lib/cost/layer-field";
import type { SeparableInput } from "@/lib/cost/separable";
import { compareSeparable } from "@/lib/cost/separable";
import { separableLayerBlock } from "@/lib/cost/separable-block";
import { intParam } from "@/lib/lessons/lesson-url-state";
import { SeparableCostBars } from "./separable-cost-bars";
import { useUrlState } from "@/components/hooks/use-url-state";

type Field = "kernel" | "inChannels" | "outChannels" | "featureSize";

const FIELDS: readonly {
  key: Field;
  label: string;
  symbol: ReactNode;
  max: number;
}[] = [
  {
    key: "kernel",
    label: "Kernel size",
    symbol: (
      <>
        D<sub>K</sub>
      </>
    ),
    max: 11,
  },
  { key: "inChannels", label: "Input channels", symbol: "M", max: 4096 },
  { key: "outChannels", label: "Output channels", symbol: "N", max: 4096 },
  {
    key: "featureSize",
    label: "Feature map size",
    symbol: (
      <>
        D<sub>F</sub>
      </>
    ),
    max: 512,
  },
];

/** MobileNetV1 Table 3's worked layer: 3×3, 512 → 512 channels on a 14×14 map. */
const TABLE3 = {
  kernel: 3,
  inChannels: 512,
  outChannels: 512,
  featureSize: 14,
  stride: 1,
} as const;
const PRESETS: readonly { label: string; value: Required<SeparableInput> }[] = [
  { label: "V1 Table 3 layer (3×3, 512→512, 14×14)", value: TABLE3 },
  {
    label: "V1 first separable layer (3×3, 32→64, 112×112)",
    value: { kernel: 3, inChannels: 32, outChannels: 64, featureSize: 112, stride: 1 },
  },
  {
    label: "5×5 kernel, 160→160, 7×7",
    value: { kernel: 5, inChannels: 160, outChannels: 160, featureSize: 7, stride: 1 },
  },
];

const PARAM: Readonly<Record<Field, string>> = {
  kernel: "k",
  inChannels: "m",
  outChannels: "n",
  featureSize: "df",
};

/** The layer a link asks for (every field valid, stride 1 or 2), or null. */
function layerFromParams(params: URLSearchParams): Required<SeparableInput> | null {
  const values: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const v = intParam(params.get(PARAM[f.key]), 1, f.max);
    if (v === null) return null;
    values[f.key] = v;
  }
  const stride = intParam(params.get("stride"), 1, 2) ?? 1;
  return { ...(values as Record<Field, number>), stride };
}

function draftsOf(v: Required<SeparableInput>): Record<Field, string> {
  return {
    kernel: String(v.kernel),
    inChannels: String(v.inChannels),
    outChannels: String(v.outChannels),
    featureSize: String(v.featureSize),
  };
}

function layerParams(v: Required<SeparableInput>): Record<string, string> {
  return {
    k: String(v.kernel),
    m: String(v.inChannels),
    n: String(v.outChannels),
    df: String(v.featureSize),
    stride: String(v.stride),
  };
}

/** Every field's message, or the parsed layer when all are valid (an empty field is "empty", not 0). */
function readDrafts(drafts: Readonly<Record<Field, string>>) {
  const errors: { key: Field; message: string }[] = [];
  const values: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const r = parseLayerField(drafts[f.key], { label: f.label, max: f.max });
    if (r.ok) values[f.key] = r.value;
    else errors.push({ key: f.key, message: r.message });
  }
  return { errors, values };
}

/**
 * Lesson 2's calculator: any layer, both costs drawn to scale, the measured ratio and V1's closed form
 * 1/N + 1/D_K², and (with `player`) the animated block playing the same layer.
 */
export function SeparableCalculator({
  formulas,
  player,
}: {
  readonly formulas: ReactNode;
  /** Caption of the block player below the calculator; omit for no player. */
  readonly player?: ReactNode;
}) {
  const [input, setInput] = useState<Required<SeparableInput>>(TABLE3);
  const [drafts, setDrafts] = useState<Record<Field, string>>({
    kernel: "3",
    inChannels: "512",
    outChannels: "512",
    featureSize: "14",
  });
  const baseId = useId();
  // The layer lives in the URL (?k=3&m=512&n=512&df=14&stride=1), so a link opens this exact layer.
  const writeUrl = useUrlState((params) => {
    const linked = layerFromParams(params);
    if (!linked) return;
    setInput(linked);
    setDrafts(draftsOf(linked));
  });
  const show = (v: Required<SeparableInput>) => {
    setInput(v);
    writeUrl(layerParams(v));
  };

  // A bad field keeps showing the last valid layer; each field says what is wrong with it.
  const { errors } = readDrafts(drafts);
  const result = compareSeparable(input);
  const block = useMemo(() => separableLayerBlock(input), [input]);

  const set = (key: Field, text: string) => {
    const next = { ...drafts, [key]: text };
    setDrafts(next);
    const { errors: bad, values } = readDrafts(next);
    if (bad.length === 0) show({ ...input, ...values });
  };
  const preset = (v: Required<SeparableInput>) => {
    show(v);
    setDrafts(draftsOf(v));
  };
  const { kernel: k, outChannels: n } = input;

  return (
    <div data-testid="separable-calculator">
      <div className="flex flex-wrap gap-2">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            onClick={() => preset(p.value)}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="mt-4 grid max-w-4xl grid-cols-2 gap-3 sm:grid-cols-5">
        {FIELDS.map((f) => (
          <div key={f.key}>
            <label
              htmlFor={`${baseId}-${f.key}`}
              className="block text-sm text-slate-700 dark:text-slate-300"
            >
              {f.label} <span className="italic">{f.symbol}</span>
            </label>
            <input
              id={`${baseId}-${f.key}`}
              type="number"
              min={1}
              max={f.max}
              step={1}
              value={drafts[f.key]}
              aria-invalid={errors.some((e) => e.key === f.key)}
              onChange={(e) => set(f.key, e.currentTarget.value)}
              data-testid={`calc-${f.key}`}
              className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono tabular-nums dark:border-slate-700 dark:bg-slate-900"
            />
          </div>
        ))}
        <div>
          <label
            htmlFor={`${baseId}-stride`}
            className="block text-sm text-slate-700 dark:text-slate-300"
          >
            Stride
          </label>
          <select
            id={`${baseId}-stride`}
            value={input.stride}
            onChange={(e) => {
              const stride = Number(e.currentTarget.value);
              show({ ...input, stride });
            }}
            data-testid="calc-stride"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value={1}>1</option>
            <option value={2}>2</option>
          </select>
        </div>
      </div>
      {errors.length > 0 && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {errors.map((e) => e.message).join(" ")} Showing the last valid layer.
        </p>
      )}
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Output map: {result.outputSize}×{result.outputSize}×{n}. Counts are weights and
        multiply-adds of the convolutions only (no bias, no BatchNorm), as in V1 Table 3.
      </p>
      <SeparableCostBars result={result} />
      <div aria-live="polite" className="mt-4 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
        <p>
          Separable ÷ standard ={" "}
          <strong className="font-mono" data-testid="calc-ratio">
            {result.ratio.toFixed(4)}
          </strong>
          , i.e. about <strong data-testid="calc-times">{(1 / result.ratio).toFixed(1)}×</strong>{" "}
          fewer multiply-adds.
        </p>
        <p className="mt-1">
          Closed form 1/N + 1/D<sub>K</sub>² = 1/{n} + 1/{k * k} ={" "}
          <strong className="font-mono" data-testid="calc-closed-form">
            {result.closedForm.toFixed(4)}
          </strong>{" "}
          {Math.abs(result.closedForm - result.ratio) < 1e-12 ? "— the same number." : ""}
        </p>
      </div>
      <div className="mt-4">{formulas}</div>
      {player && (
        <figure className="mt-6">
          <div data-testid="lesson-block-v1-separable">
            <BlockPlayer
              kind="v1-separable"
              model="v1"
              blockIndex={0}
              alpha={1}
              resolution={input.featureSize}
              layer={{
                block,
                name: `your layer, ${input.kernel}×${input.kernel}, ${input.inChannels} → ${input.outChannels} channels, ${input.featureSize}×${input.featureSize} input, stride ${input.stride}`,
              }}
              compact
              stageParam="stage"
            />
          </div>
          <figcaption className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {player}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
