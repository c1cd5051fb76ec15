import type { AriaRole } from "react";

export interface StackedSegment {
  readonly key: string;
  /** The segment's share of the bar, 0 to 1. */
  readonly share: number;
  /** Its hover text. */
  readonly title: string;
  /** Its ink: a class, or a CSS colour (an operation kind's). */
  readonly className?: string;
  readonly color?: string;
}

/**
 * A 100 % stacked bar of HTML boxes: where a total goes, part by part, left to right. Its text
 * equivalent is the caller's (an accessible name here, or a table beside it).
 */
export function StackedBar({
  segments,
  className,
  role,
  label,
}: {
  readonly segments: readonly StackedSegment[];
  /** Height and spacing classes. */
  readonly className: string;
  /** "img" with a `label` naming every part, or none for a bar its table already says. */
  readonly role?: AriaRole;
  readonly label?: string;
}) {
  return (
    <div
      role={role}
      aria-label={label}
      aria-hidden={role === undefined ? true : undefined}
      className={`flex w-full overflow-hidden rounded ${className}`}
    >
      {segments.map((s) => (
        <div
          key={s.key}
          className={s.className}
          style={{ width: `${100 * s.share}%`, background: s.color }}
          title={s.title}
        />
      ))}
    </div>
  );
}
