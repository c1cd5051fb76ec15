import type { ReactNode } from "react";

const SEGMENT =
  "relative cursor-pointer rounded-md px-3 py-1.5 text-sm has-checked:bg-slate-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-(--color-accent) dark:has-checked:bg-slate-100 dark:has-checked:text-slate-900";

/**
 * A native radio group drawn as a segmented control: the chosen segment inked dark. Each radio is
 * transparent over its whole segment, so a tap anywhere on it chooses it (put it in a fieldset
 * with a legend).
 */
export function SegmentedRadio<T extends string>({
  name,
  value,
  options,
  onChange,
}: {
  readonly name: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: ReactNode }[];
  readonly onChange: (value: T) => void;
}) {
  return (
    <div className="mt-2 inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700">
      {options.map((o) => (
        <label key={o.value} className={SEGMENT}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className="absolute inset-0 cursor-pointer opacity-0"
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
