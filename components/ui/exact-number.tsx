import type { ReactNode } from "react";
import { formatExact } from "@/lib/cost/format";

/**
 * An abbreviated count ("3.4 M") that tells its exact integer: as the hover title, and beside it while
 * it has keyboard focus (a title never shows on focus). The exact text is drawn by CSS from
 * `data-exact`, so the cell's own text stays the short number.
 */
export function ExactNumber({
  value,
  unit,
  children,
}: {
  readonly value: number;
  /** After the number in the exact text: "MACs" gives "3,407,872 MACs". */
  readonly unit?: string;
  readonly children: ReactNode;
}) {
  const exact = unit ? `${formatExact(value)} ${unit}` : formatExact(value);
  return (
    <span
      tabIndex={0}
      title={exact}
      data-exact={exact}
      className="relative focus:after:absolute focus:after:top-0 focus:after:right-full focus:after:z-10 focus:after:mr-1 focus:after:rounded focus:after:bg-slate-900 focus:after:px-1.5 focus:after:font-mono focus:after:whitespace-nowrap focus:after:text-white focus:after:content-[attr(data-exact)] dark:focus:after:bg-slate-100 dark:focus:after:text-slate-900"
    >
      {children}
    </span>
  );
}
