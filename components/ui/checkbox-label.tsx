import type { ReactNode } from "react";

/** A checkbox with its label text beside it, the whole row clickable. */
export function CheckboxLabel({
  checked,
  onChange,
  disabled,
  testId,
  className = "flex items-center gap-2 text-sm",
  inputClassName,
  children,
}: {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
  readonly testId?: string;
  /** The row's layout and type. */
  readonly className?: string;
  /** The box's size and accent. */
  readonly inputClassName?: string;
  readonly children: ReactNode;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid={testId}
        className={inputClassName}
      />
      {children}
    </label>
  );
}
