import { formatCount, formatExact } from "@/lib/cost/format";
import type { ModelCard } from "@/lib/inference/installed-assets";
import { formatMB, formatPercent } from "./format";

function Stat({
  label,
  value,
  exact,
}: {
  readonly label: string;
  readonly value: string;
  readonly exact?: string;
}) {
  return (
    <span className="whitespace-nowrap">
      <span className="text-slate-500 dark:text-slate-400">{label} </span>
      <span title={exact} className="font-mono tabular-nums">
        {value}
      </span>
    </span>
  );
}

/** One radio card per manifest model: version, variant, size, params and MACs (cost engine), published top-1. */
export function ModelPicker({
  models,
  value,
  onChange,
  disabled,
}: {
  readonly models: readonly ModelCard[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly disabled: boolean;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-semibold">Model</legend>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {models.map((m) => {
          const usable = m.installed || m.remoteOnly;
          return (
            <li key={m.id}>
              <label
                className={`block h-full rounded-lg border p-3 text-sm has-checked:border-slate-900 has-checked:ring-1 has-checked:ring-slate-900 has-focus-visible:outline-2 has-focus-visible:outline-(--color-accent) dark:has-checked:border-slate-100 dark:has-checked:ring-slate-100 ${
                  usable
                    ? "cursor-pointer border-slate-300 dark:border-slate-700"
                    : "border-dashed border-slate-300 opacity-70 dark:border-slate-700"
                }`}
              >
                <span className="flex items-baseline gap-2">
                  <input
                    type="radio"
                    name="model"
                    value={m.id}
                    checked={value === m.id}
                    disabled={!usable}
                    onChange={() => onChange(m.id)}
                  />
                  <span className="font-semibold">MobileNet{m.version.toUpperCase()}</span>
                  <span className="text-slate-600 dark:text-slate-400">{m.variant}</span>
                </span>
                <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
                  <Stat label="size" value={m.bytes ? formatMB(m.bytes) : "≈15 MB"} />
                  <Stat
                    label="params"
                    value={m.params ? `${formatCount(m.params)}` : "–"}
                    exact={m.params ? formatExact(m.params) : undefined}
                  />
                  <Stat
                    label="MACs"
                    value={m.macs ? `${formatCount(m.macs)}` : "–"}
                    exact={m.macs ? `${formatExact(m.macs)} multiply-adds` : undefined}
                  />
                  <Stat
                    label="published top-1"
                    value={m.publishedTop1 ? formatPercent(m.publishedTop1) : "–"}
                    exact={m.publishedNote}
                  />
                </span>
                {m.remoteOnly && (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                    Not available offline: loads from its public source (
                    {m.sourceUrl ? new URL(m.sourceUrl).host : "online"}) when you are online.
                  </span>
                )}
                {!usable && (
                  <span className="mt-1 block text-xs text-amber-800 dark:text-amber-300">
                    Not installed: run <code>npm run setup:models</code> (copies them from
                    ../shared/models).
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Params and MACs (multiply-adds) are the cost engine&apos;s counts for each architecture at
        its width and 224 px; M = million.
      </p>
    </fieldset>
  );
}
