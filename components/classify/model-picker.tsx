import type { ModelCard } from "@/lib/inference/installed-assets";
import type { PublishedTop1 } from "@/lib/inference/published-accuracy";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import { cardName, engineViewFor } from "./explorer-view";
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

/** A published top-1 with its source on hover and for screen readers; "not published" when none is. */
function Top1Stat({
  label,
  top1,
  testId,
}: {
  readonly label: string;
  readonly top1: PublishedTop1 | null;
  readonly testId: string;
}) {
  return (
    // The source may wrap onto its own line: in a narrow card (two per row in /inside's half-width
    // panel at 1280 px) one unbroken line ran into the next card.
    <span className="min-w-0" data-testid={testId}>
      <span className="whitespace-nowrap text-slate-500 dark:text-slate-400">{label} </span>
      {top1 ? (
        <span title={top1.source}>
          <span className="font-mono whitespace-nowrap tabular-nums">
            {formatPercent(top1.top1)}
          </span>
          <span className="text-xs text-slate-500 dark:text-slate-400"> ({top1.shortSource})</span>
        </span>
      ) : (
        <span>not published</span>
      )}
    </span>
  );
}

/** A cost-engine count that opens the explorer at the model's α and resolution; plain text if unknown. */
function CostStat({
  label,
  metric,
  card,
  value,
}: {
  readonly label: string;
  readonly metric: "macs" | "params";
  readonly card: ModelCard;
  readonly value: number | null;
}) {
  const view = engineViewFor(card.id);
  if (!value || !view) return <Stat label={label} value="–" />;
  return (
    <span className="relative z-10 whitespace-nowrap">
      <span className="text-slate-500 dark:text-slate-400">{label} </span>
      <ExplorerCostLink
        value={value}
        metric={metric}
        {...view}
        subject={cardName(card)}
        className="font-mono"
        testId={`card-${metric}`}
      />
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
            <li
              key={m.id}
              data-testid="model-card"
              data-model={m.id}
              className={`relative h-full rounded-lg border p-3 text-sm has-checked:border-slate-900 has-checked:ring-1 has-checked:ring-slate-900 has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-(--color-accent) dark:has-checked:border-slate-100 dark:has-checked:ring-slate-100 dark:has-[input:focus-visible]:outline-(--color-accent-dark) ${
                usable
                  ? "border-slate-300 dark:border-slate-700"
                  : "border-dashed border-slate-300 opacity-70 dark:border-slate-700"
              }`}
            >
              {/* The label stretches over the whole card (::after), so a click anywhere selects the
                  model; the explorer links sit above it (relative z-10), beside the label, not in it. */}
              <label
                className={`flex items-baseline gap-2 after:absolute after:inset-0 after:rounded-lg after:content-[''] ${
                  usable ? "cursor-pointer after:cursor-pointer" : ""
                }`}
              >
                <input
                  type="radio"
                  name="model"
                  value={m.id}
                  checked={value === m.id}
                  disabled={!usable}
                  onChange={() => onChange(m.id)}
                  className="relative z-10"
                />
                <span className="font-semibold">MobileNet{m.version.toUpperCase()}</span>
                <span className="text-slate-600 dark:text-slate-400">{m.variant}</span>
              </label>
              <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
                <Stat label="size" value={m.bytes ? formatMB(m.bytes) : "≈15 MB"} />
                <CostStat label="params" metric="params" card={m} value={m.params} />
                <CostStat label="MACs" metric="macs" card={m} value={m.macs} />
                <Top1Stat
                  label={
                    m.paperTop1 && !/paper/i.test(m.paperTop1.source)
                      ? "float top-1"
                      : "paper top-1 (float)"
                  }
                  top1={m.paperTop1}
                  testId="card-paper-top1"
                />
                <Top1Stat
                  label={
                    m.modelTop1?.precision === "int8" ? "8-bit file top-1" : "these weights top-1"
                  }
                  top1={m.modelTop1}
                  testId="card-model-top1"
                />
              </span>
              {m.remoteOnly && (
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                  Not available offline: loads from its public source (
                  {m.sourceUrl ? new URL(m.sourceUrl).host : "online"}) when you are online.
                  {!m.checksumPinned &&
                    " Its size and checksum are unchecked, so it loads unverified."}
                </span>
              )}
              {!usable && (
                <span className="relative z-10 mt-1 block text-xs text-amber-800 dark:text-amber-300">
                  Not installed: run <code>npm run setup:models</code> (copies them from
                  ../shared/models).
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Params and MACs (multiply-adds) are the cost engine&apos;s counts for each architecture at
        its width and 224 px; M = million. Each number opens that model in the explorer. Top-1: the
        paper&apos;s number for the float network, and the number published for the weights this
        page runs (the V1–V3 files are dequantized from 8-bit TFLite models, so expect their 8-bit
        accuracy; V3-Large minimalistic has no paper, so both of its numbers are TF-slim&apos;s
        checkpoint table); hover a number for its full source.
      </p>
    </fieldset>
  );
}
