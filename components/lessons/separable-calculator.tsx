"use client";

import type { ReactNode } from "react";
import { useId, useState } from "react";
import { CostInputError } from "@/lib/cost/cost-input-error";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { SeparableInput } from "@/lib/cost/separable";
import { compareSeparable } from "@/lib/cost/separable";
import { opColorVar } from "@/lib/viz/theme";

type Field = "kernel" | "inChannels" | "outChannels" | "featureSize";

const FIELDS: readonly { key: Field; label: string; symbol: ReactNode; max: number }[] = [
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

function Cost({
  label,
  macs,
  params,
  op,
  testId,
}: {
  label: string;
  macs: number;
  params: number;
  op: "conv" | "depthwise" | "pointwise";
  testId: string;
}) {
  return (
    <div
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      data-testid={testId}
    >
      <p className="text-sm">
        <span
          aria-hidden="true"
          className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm"
          style={{ background: opColorVar(op) }}
        />
        {label}
      </p>
      <p className="mt-1 text-xl font-semibold tabular-nums">
        <span title={`${formatExact(macs)} MACs`} data-testid={`${testId}-macs`}>
          {formatCount(macs)}
        </span>{" "}
        <span className="text-sm font-normal">MACs</span>
      </p>
      <p className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatExact(macs)}</p>
      <p className="mt-1 text-sm tabular-nums">
        <span title={`${formatExact(params)} weights`}>{formatCount(params)}</span> params
      </p>
    </div>
  );
}

/** Lesson 2's calculator: any layer, both costs, the measured ratio and V1's closed form 1/N + 1/D_K². */
export function SeparableCalculator({ formulas }: { readonly formulas: ReactNode }) {
  const [input, setInput] = useState<Required<SeparableInput>>(TABLE3);
  const [drafts, setDrafts] = useState<Record<Field, string>>({
    kernel: "3",
    inChannels: "512",
    outChannels: "512",
    featureSize: "14",
  });
  const baseId = useId();

  let result: ReturnType<typeof compareSeparable> | null = null;
  let error: string | null = null;
  const candidate = {
    ...input,
    ...Object.fromEntries(FIELDS.map((f) => [f.key, Number(drafts[f.key])])),
  } as Required<SeparableInput>;
  try {
    result = compareSeparable(candidate);
  } catch (e) {
    if (!(e instanceof CostInputError)) throw e;
    error = e.message;
    result = compareSeparable(input);
  }

  const set = (key: Field, text: string) => {
    setDrafts((d) => ({ ...d, [key]: text }));
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1) setInput((v) => ({ ...v, [key]: n }));
  };
  const preset = (v: Required<SeparableInput>) => {
    setInput(v);
    setDrafts({
      kernel: String(v.kernel),
      inChannels: String(v.inChannels),
      outChannels: String(v.outChannels),
      featureSize: String(v.featureSize),
    });
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
              setInput((v) => ({ ...v, stride }));
            }}
            data-testid="calc-stride"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value={1}>1</option>
            <option value={2}>2</option>
          </select>
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error} Showing the last valid layer.
        </p>
      )}
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Output map: {result.outputSize}×{result.outputSize}×{n}. Counts are weights and
        multiply-adds of the convolutions only (no bias, no BatchNorm), as in V1 Table 3.
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Cost
          label="Standard convolution"
          macs={result.standard.macs}
          params={result.standard.params}
          op="conv"
          testId="calc-standard"
        />
        <Cost
          label="Depthwise part"
          macs={result.depthwise.macs}
          params={result.depthwise.params}
          op="depthwise"
          testId="calc-depthwise"
        />
        <Cost
          label="Pointwise part"
          macs={result.pointwise.macs}
          params={result.pointwise.params}
          op="pointwise"
          testId="calc-pointwise"
        />
        <Cost
          label="Separable total"
          macs={result.separable.macs}
          params={result.separable.params}
          op="pointwise"
          testId="calc-separable"
        />
      </div>
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
    </div>
  );
}
