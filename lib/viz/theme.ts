/**
 * The one visual language: a fixed hue per operation kind, used by every chart, lesson figure,
 * animation and table. Based on the Okabe–Ito colour-blind-safe palette, darkened (light theme) or
 * lightened (dark theme) until each hue has ≥ 3:1 contrast with the page background (WCAG 1.4.11),
 * which theme.test.ts checks.
 */
import { OP_KINDS, type OpKind } from "@/lib/arch/types";

export type ThemeName = "light" | "dark";

export interface OpStyle {
  readonly label: string;
  readonly light: string;
  readonly dark: string;
}

export const OP_STYLES: Readonly<Record<OpKind, OpStyle>> = {
  conv: { label: "Full convolution", light: "#c45400", dark: "#f39a5b" },
  pointwise: { label: "Pointwise 1×1", light: "#0072b2", dark: "#56b4e9" },
  depthwise: { label: "Depthwise", light: "#007a5a", dark: "#3ccf9f" },
  fc: { label: "Fully connected", light: "#a8467c", dark: "#e3a0c5" },
  se: { label: "Squeeze-and-excite", light: "#8a6d00", dark: "#f0e442" },
  attention: { label: "Attention", light: "#6b3fa0", dark: "#c6a4ec" },
};

/**
 * Chart series that are not operations (MobileNet versions, sources of published numbers) never
 * borrow an operation's hue: they share one neutral ink and differ by marker shape, with a lighter
 * ink only after the four shapes are used up. Both inks keep ≥ 3:1 contrast (slate-800/-500 on
 * white, slate-200/-400 on the dark page).
 */
export type SeriesShape = "circle" | "square" | "triangle" | "diamond";

export interface SeriesStyle {
  readonly shape: SeriesShape;
  /** Tailwind classes for a filled marker. */
  readonly fill: string;
  /** Tailwind classes for a hollow marker's outline. */
  readonly stroke: string;
}

const SERIES_SHAPES: readonly SeriesShape[] = ["circle", "square", "triangle", "diamond"];
const SERIES_INKS = [
  { fill: "fill-slate-800 dark:fill-slate-200", stroke: "stroke-slate-800 dark:stroke-slate-200" },
  { fill: "fill-slate-500 dark:fill-slate-400", stroke: "stroke-slate-500 dark:stroke-slate-400" },
] as const;

/** The style of the i-th non-operation series in a chart (i ≥ 0). */
export function seriesStyle(i: number): SeriesStyle {
  const shape = SERIES_SHAPES[i % SERIES_SHAPES.length] ?? "circle";
  const ink =
    SERIES_INKS[Math.floor(i / SERIES_SHAPES.length) % SERIES_INKS.length] ?? SERIES_INKS[0];
  return { shape, ...ink };
}

/**
 * The one colour ramp for activation values (channel images, their legend): magma's stops, dark to
 * light, perceptually uniform and readable by colour-blind viewers. It encodes a value, never an
 * operation, so it shares no role with OP_STYLES; the same ramp serves light and dark pages.
 */
export const ACTIVATION_RAMP: readonly string[] = [
  "#000004",
  "#3b0f70",
  "#8c2981",
  "#de4968",
  "#fe9f6d",
  "#fcfdbf",
];

/** Page backgrounds the hues are checked against (must match app/globals.css). */
export const BACKGROUNDS: Readonly<Record<ThemeName, string>> = {
  light: "#ffffff",
  dark: "#0f1419",
};

/** CSS custom property holding an op's colour, e.g. `var(--op-depthwise)`. */
export function opColorVar(op: OpKind): string {
  return `var(--op-${op})`;
}

/** The stylesheet defining --op-* for both themes; rendered once by the root layout. */
export function opColorCss(): string {
  const decls = (theme: ThemeName) =>
    OP_KINDS.map((op) => `--op-${op}:${OP_STYLES[op][theme]};`).join("");
  return `:root{${decls("light")}}.dark{${decls("dark")}}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}
