"use client";

import { useId } from "react";

export interface LabeledSliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly onChange: (value: number) => void;
  /** What a screen reader announces, e.g. "α = 0.75, 325 M MACs". Defaults to the shown value. */
  readonly valueText?: string;
  /** How the current value is shown beside the label. */
  readonly format?: (value: number) => string;
  readonly className?: string;
}

/** A native range input (so keyboard, touch and screen readers work) with a visible label and value. */
export function LabeledSlider({
  label,
  value,
  min,
  max,
  step,
  onChange,
  valueText,
  format,
  className,
}: LabeledSliderProps) {
  const id = useId();
  const shown = format ? format(value) : String(value);
  return (
    <div className={className}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {label}
        </label>
        <output htmlFor={id} className="font-mono text-sm tabular-nums">
          {shown}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText ?? shown}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        className="mt-2 w-full accent-slate-900 dark:accent-slate-100"
      />
    </div>
  );
}
