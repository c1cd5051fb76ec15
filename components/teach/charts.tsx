"use client";

import type { EpochReport } from "@/lib/teach/train";

const W = 320;
const H = 140;
const PAD = 28;

function line(values: readonly (number | null)[], max: number, count: number): string {
  return values
    .map((v, i) =>
      v === null
        ? null
        : `${PAD + ((W - 2 * PAD) * i) / Math.max(1, count - 1)},${H - PAD - ((H - 2 * PAD) * v) / (max || 1)}`,
    )
    .filter(Boolean)
    .join(" ");
}

/** Loss and train/validation accuracy per epoch, drawn as they arrive. */
export function TrainingChart({
  history,
  epochs,
}: {
  readonly history: readonly EpochReport[];
  readonly epochs: number;
}) {
  const maxLoss = Math.max(0.1, ...history.map((h) => Math.max(h.loss, h.validationLoss ?? 0)));
  const last = history.at(-1);
  // Loss on its own scale, both accuracies on 0–1; validation dashed so it reads without colour.
  const curves = [
    { key: "loss", values: history.map((h) => h.loss), max: maxLoss, stroke: "#dc2626" },
    { key: "train", values: history.map((h) => h.trainAccuracy), max: 1, stroke: "#2563eb" },
    {
      key: "validation",
      values: history.map((h) => h.validationAccuracy),
      max: 1,
      stroke: "#059669",
      dash: "4 3",
    },
  ];
  return (
    <figure className="max-w-md">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Loss and accuracy per epoch"
        className="w-full"
      >
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className="stroke-slate-400" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} className="stroke-slate-400" />
        <text x={PAD} y={H - 8} className="fill-slate-500 text-[9px]">
          epoch 1
        </text>
        <text x={W - PAD} y={H - 8} textAnchor="end" className="fill-slate-500 text-[9px]">
          {epochs}
        </text>
        {curves.map((c) => (
          <polyline
            key={c.key}
            fill="none"
            strokeWidth={2}
            strokeDasharray={c.dash}
            stroke={c.stroke}
            points={line(c.values, c.max, epochs)}
          />
        ))}
      </svg>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        <span className="text-red-700 dark:text-red-400">━ loss</span> (0–{maxLoss.toFixed(2)}) ·{" "}
        <span className="text-blue-700 dark:text-blue-400">━ train accuracy</span> ·{" "}
        <span className="text-emerald-700 dark:text-emerald-400">┅ validation accuracy</span> (0–100
        %)
        {last && (
          <span className="block font-mono" data-testid="epoch-status">
            Epoch {last.epoch}/{epochs}: loss {last.loss.toFixed(3)}, train{" "}
            {Math.round(last.trainAccuracy * 100)} %
            {last.validationAccuracy !== null
              ? `, validation ${Math.round(last.validationAccuracy * 100)} %`
              : ", no validation photos"}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** rows = true class, columns = predicted: the validation photos only. */
export function ConfusionMatrix({
  names,
  matrix,
}: {
  readonly names: readonly string[];
  readonly matrix: readonly (readonly number[])[];
}) {
  const total = matrix.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  if (total === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No photo was held out for validation (each class needs 3 photos).
      </p>
    );
  return (
    <table className="text-sm" aria-label="Confusion matrix on the validation photos">
      <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-400">
        Rows: the true class; columns: what the trained head said, on the {total} held-out photos.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 text-left font-normal text-slate-500 dark:text-slate-400">
            true ↓ / said →
          </th>
          {names.map((n, i) => (
            <th key={i} scope="col" className="px-2 font-medium">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, r) => (
          <tr key={r}>
            <th scope="row" className="px-2 text-left font-medium">
              {names[r]}
            </th>
            {row.map((v, c) => (
              <td
                key={c}
                className={`px-2 text-center tabular-nums ${v > 0 ? (r === c ? "bg-emerald-100 dark:bg-emerald-900/50" : "bg-red-100 dark:bg-red-900/50") : ""}`}
              >
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
