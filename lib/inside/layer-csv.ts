/**
 * The "Download layer statistics (CSV)" file: one row per conv/FC layer output in network order, with
 * exactly the columns `index,layer,kind,shape,min,max,mean,zero_fraction` (`shape` as HxWxC).
 */
import type { OpKind, TensorShape } from "@/lib/arch/types";
import type { TensorStats } from "./tensor-stats";
import { csvText } from "@/lib/table/csv";

export const LAYER_CSV_HEADER = "index,layer,kind,shape,min,max,mean,zero_fraction";

export interface LayerStatsRow {
  readonly index: number;
  /** Engine path such as "block3/depthwise". */
  readonly layer: string;
  readonly kind: OpKind;
  readonly shape: TensorShape;
  readonly stats: TensorStats;
}

/** "HxWxC", the shape format. */
export function shapeText(s: TensorShape): string {
  return `${s.h}x${s.w}x${s.c}`;
}

/** A float as CSV text: up to 7 significant digits (float32 precision), no thousands separators. */
function num(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(7))) : "";
}

/** The whole CSV text, header first, rows in the order given, "\n" line ends and a final newline. */
export function layerStatsCsv(rows: readonly LayerStatsRow[]): string {
  return csvText(
    LAYER_CSV_HEADER.split(","),
    rows.map((r) => [
      r.index,
      r.layer,
      r.kind,
      shapeText(r.shape),
      num(r.stats.min),
      num(r.stats.max),
      num(r.stats.mean),
      num(r.stats.zeroFraction),
    ]),
  );
}
