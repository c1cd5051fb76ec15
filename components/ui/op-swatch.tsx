import type { OpKind } from "@/lib/arch/types";
import { opColorVar } from "@/lib/viz/theme";

/** The small square in an op kind's colour before a layer's or a kind's name (decoration only). */
export function OpSwatch({
  op,
  className = "mr-1.5",
}: {
  readonly op: OpKind;
  readonly className?: string;
}) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-2.5 w-2.5 rounded-sm align-middle ${className}`}
      style={{ background: opColorVar(op) }}
    />
  );
}
