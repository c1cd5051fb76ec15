"use client";

import { useId, useState } from "react";

export interface ExactNumberInputProps {
  readonly label: string;
  readonly value: number;
  /** Returns an error message for a value the engine would reject, or null when it is fine. */
  readonly validate: (value: number) => string | null;
  readonly onCommit: (value: number) => void;
  readonly step: number | "any";
  readonly testId: string;
}

/**
 * A typed-in exact value beside a slider. While the text is not a valid value the last good value
 * stays in force and the engine's own message is shown, so nothing ever renders NaN.
 */
export function ExactNumberInput({
  label,
  value,
  validate,
  onCommit,
  step,
  testId,
}: ExactNumberInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow the slider (and URL) when the value changes elsewhere: adjust state while rendering
  // (React's recommended alternative to an effect), keeping the user's own spelling ("0.50").
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (Number(draft) !== value) setDraft(String(value));
    setError(null);
  }

  const change = (text: string) => {
    setDraft(text);
    const n = text.trim() === "" ? Number.NaN : Number(text);
    const message = validate(n);
    setError(message);
    if (message === null) onCommit(n);
  };

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => change(e.currentTarget.value)}
        data-testid={testId}
        className="w-24 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm tabular-nums dark:border-slate-700 dark:bg-slate-900"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
