/**
 * A labelled whole-number input (runs, epochs) held within `min`–`max`: an empty or unreadable entry
 * counts as `min`.
 */
export function CountInput({
  label,
  value,
  min,
  max,
  onChange,
  inputClassName,
  testId,
}: {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
  /** The box's width and border. */
  readonly inputClassName: string;
  readonly testId?: string;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(e) =>
          onChange(Math.max(min, Math.min(max, Number(e.currentTarget.value) || min)))
        }
        className={inputClassName}
        data-testid={testId}
      />
    </label>
  );
}
