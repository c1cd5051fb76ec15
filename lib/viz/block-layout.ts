/**
 * Positions of an animated block's diagram as plain data: tensor boxes sized by H, W and C on a log
 * scale (so 7×7 and 112×112, or 16 and 960 channels, stay comparable on one screen), op arrows with
 * their chips, and residual arcs. Horizontal for wide screens, vertical (columns become rows) for phones.
 */
import type { BlockDiagram, DiagramEdge, DiagramGhost, DiagramTensor } from "@/lib/blocks/types";

export type Orientation = "horizontal" | "vertical";

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect extends Point {
  readonly w: number;
  readonly h: number;
}

/** A tensor drawn as a cuboid: front face (C across, H down), receding depth for W. */
export interface PositionedTensor {
  readonly node: DiagramTensor;
  readonly front: Rect;
  readonly depth: number;
  readonly label: string;
  /** Baseline of the H×W×C label, centred on `labelX`; the role goes 12 px below. */
  readonly labelX: number;
  readonly labelY: number;
  readonly bounds: Rect;
}

export interface PositionedGhost {
  readonly node: DiagramGhost;
  readonly rect: Rect;
  readonly bounds: Rect;
}

export interface PositionedEdge {
  readonly edge: DiagramEdge;
  /** SVG path data. */
  readonly d: string;
  /** Where the op chip is centred. */
  readonly mid: Point;
  readonly chip: { readonly w: number; readonly h: number };
}

export interface BlockLayout {
  readonly width: number;
  readonly height: number;
  readonly tensors: readonly PositionedTensor[];
  readonly ghosts: readonly PositionedGhost[];
  readonly edges: readonly PositionedEdge[];
}

/** px per log2 step; 1 → 14 px, 7 → 39 px, 56 → 66 px, 112 → 75 px. */
export function spatialExtent(n: number): number {
  return 14 + 9 * Math.log2(Math.max(1, n));
}

/** 3 → 13 px, 16 → 28 px, 144 → 47 px, 960 → 63 px. */
export function channelExtent(c: number): number {
  return 4 + 6 * Math.log2(Math.max(1, c));
}

/**
 * Every font size drawn in a block diagram, in the layout's own px. The smallest is 12, and the
 * player never renders the diagram below MIN_DIAGRAM_SCALE, so no diagram text is under 11 px on
 * screen at any width (the phone MQA page used to scale 9.5 px chips down to 6.4 px).
 */
export const DIAGRAM_FONT_PX = { shape: 12, role: 12, chip: 12, sublabel: 12, ghost: 12 } as const;
/** Smallest on-screen text, in CSS px. */
export const MIN_RENDERED_TEXT_PX = 11;
/** Smallest scale (on-screen px per layout px) at which the player draws a diagram. */
export const MIN_DIAGRAM_SCALE =
  (MIN_RENDERED_TEXT_PX + 0.05) / Math.min(...Object.values(DIAGRAM_FONT_PX));

const SHAPE_CHAR_PX = 7.3; // 12 px monospace (0.6 em)
const ROLE_CHAR_PX = 6.6; // 12 px sans
const CHIP_CHAR_PX = 7.1; // 12 px semibold sans
/** The role line's baseline sits this far below the shape line's. */
export const ROLE_LINE_PX = 14;
const LABEL_BLOCK = 32; // two text lines under a box
const GAP = { horizontal: 64, vertical: 48 } as const;
/** Between lanes; tighter when lanes sit side by side on a phone. */
const LANE_GAP = { horizontal: 40, vertical: 28 } as const;
const MARGIN = 12;
const ARC_ROOM = 34;
const GHOST = { w: 96, h: 28 } as const;

/** Chip heights with one or two text lines; the baselines sit at 14.5 and 29 px. */
export const CHIP_H = { one: 20, two: 35 } as const;

/** Width of an op chip for its label and sublabel. */
export function chipSize(edge: Pick<DiagramEdge, "label" | "sublabel">): { w: number; h: number } {
  if (!edge.label) return { w: 0, h: 0 };
  const chars = Math.max(edge.label.length, edge.sublabel?.length ?? 0);
  return { w: Math.ceil(chars * CHIP_CHAR_PX + 14), h: edge.sublabel ? CHIP_H.two : CHIP_H.one };
}

interface Sized {
  readonly id: string;
  readonly column: number;
  readonly lane: number;
  /** Footprint including text. */
  readonly w: number;
  readonly h: number;
}

function labelOf(t: DiagramTensor): string {
  return t.label ?? `${t.shape.h}×${t.shape.w}×${t.shape.c}`;
}

function sizeOf(n: DiagramTensor | DiagramGhost): Sized {
  if (n.kind === "ghost")
    return { id: n.id, column: n.column, lane: n.lane, w: GHOST.w, h: GHOST.h };
  const depth = 0.3 * spatialExtent(n.shape.w);
  const boxW = channelExtent(n.shape.c) + depth;
  const text = Math.max(labelOf(n).length * SHAPE_CHAR_PX, n.role.length * ROLE_CHAR_PX);
  return {
    id: n.id,
    column: n.column,
    lane: n.lane,
    w: Math.max(boxW, text),
    h: spatialExtent(n.shape.h) + depth + LABEL_BLOCK,
  };
}

/** Offsets of consecutive bands (columns or lanes) of the given sizes; `gap(k)` follows band k. */
function bands(
  keys: readonly number[],
  size: (k: number) => number,
  gap: (k: number) => number,
  start: number,
) {
  const pos = new Map<number, { start: number; size: number }>();
  let at = start;
  for (const k of keys) {
    const s = size(k);
    pos.set(k, { start: at, size: s });
    at += s + gap(k);
  }
  return { pos };
}

function uniqueSorted(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function fmt(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * An op that replaces the main path (V1's standard conv beside the separable pair): out of the
 * source's side facing the target's lane, one rounded corner, then straight along that lane into the
 * target, with the chip on the straight run. So it reads as a second route from the input.
 */
function alternativeEdge(
  edge: DiagramEdge,
  a: Rect,
  b: Rect,
  chip: { w: number; h: number },
  horizontal: boolean,
): PositionedEdge {
  const r = 14;
  if (horizontal) {
    const up = b.y + b.h / 2 < a.y;
    const x0 = a.x + a.w / 2;
    const y0 = up ? a.y : a.y + a.h;
    const y1 = b.y + b.h / 2;
    const turn = up ? y1 + r : y1 - r;
    const d = `M${fmt(x0)},${fmt(y0)} L${fmt(x0)},${fmt(turn)} Q${fmt(x0)},${fmt(y1)} ${fmt(x0 + r)},${fmt(y1)} L${fmt(b.x)},${fmt(y1)}`;
    return { edge, d, mid: { x: fmt((x0 + r + b.x) / 2), y: fmt(y1) }, chip };
  }
  const left = b.x + b.w / 2 < a.x;
  const y0 = a.y + a.h / 2;
  const x0 = left ? a.x : a.x + a.w;
  const x1 = b.x + b.w / 2;
  const turn = left ? x1 + r : x1 - r;
  const d = `M${fmt(x0)},${fmt(y0)} L${fmt(turn)},${fmt(y0)} Q${fmt(x1)},${fmt(y0)} ${fmt(x1)},${fmt(y0 + r)} L${fmt(x1)},${fmt(b.y)}`;
  return { edge, d, mid: { x: fmt(x1), y: fmt((y0 + r + b.y) / 2) }, chip };
}

/** Lays out a block diagram; the same input always gives the same numbers. */
export function layoutBlock(diagram: BlockDiagram, orientation: Orientation): BlockLayout {
  const horizontal = orientation === "horizontal";
  const sized = diagram.nodes.map(sizeOf);
  const hasSkip = diagram.edges.some((e) => e.style !== "flow");
  const columns = uniqueSorted(sized.map((s) => s.column));
  const lanes = uniqueSorted(sized.map((s) => s.lane));
  const along = (s: Sized) => (horizontal ? s.w : s.h);
  const across = (s: Sized) => (horizontal ? s.h : s.w);
  const columnOf = new Map(diagram.nodes.map((n) => [n.id, n.column]));
  // The gap after a column must fit the chips of arrows that cross it into the next column.
  const gapAfter = (c: number) =>
    Math.max(
      GAP[orientation],
      ...diagram.edges
        .filter(
          (e) => e.style === "flow" && columnOf.get(e.from) === c && columnOf.get(e.to) === c + 1,
        )
        .map((e) => (horizontal ? chipSize(e).w + 26 : chipSize(e).h + 30)),
    );
  const colBands = bands(
    columns,
    (c) => Math.max(...sized.filter((s) => s.column === c).map(along)),
    gapAfter,
    MARGIN,
  );
  // Residual arcs (and their chips, which sit on the arc) run outside every lane.
  const skipChip = Math.max(
    0,
    ...diagram.edges
      .filter((e) => e.style !== "flow")
      .map((e) => chipSize(e)[horizontal ? "h" : "w"]),
  );
  const arcRoom = hasSkip ? Math.max(ARC_ROOM, skipChip + 8) : 0;
  // An alternative path's chip rides in its target's lane, so that lane must be wide enough for it
  // (it may reach 10 px into the margin and the lane gap on either side).
  const laneOf = new Map(diagram.nodes.map((n) => [n.id, n.lane]));
  const altChip = (l: number) =>
    diagram.edges
      .filter((e) => e.route === "alternative" && laneOf.get(e.to) === l)
      .map((e) => chipSize(e)[horizontal ? "h" : "w"] - (horizontal ? 0 : 20));
  const laneBands = bands(
    lanes,
    (l) => Math.max(...sized.filter((s) => s.lane === l).map(across), ...altChip(l)),
    () => LANE_GAP[orientation],
    MARGIN + arcRoom,
  );

  const place = (s: Sized) => {
    const c = colBands.pos.get(s.column) ?? { start: 0, size: 0 };
    const l = laneBands.pos.get(s.lane) ?? { start: 0, size: 0 };
    // Centred in its column, centred in its lane.
    const a = c.start + (c.size - along(s)) / 2;
    const b = l.start + (l.size - across(s)) / 2;
    return horizontal ? { x: a, y: b, w: s.w, h: s.h } : { x: b, y: a, w: s.w, h: s.h };
  };

  const tensors: PositionedTensor[] = [];
  const ghosts: PositionedGhost[] = [];
  diagram.nodes.forEach((n, i) => {
    const s = sized[i];
    if (!s) return;
    const bounds = place(s);
    if (n.kind === "ghost") {
      const rect = { x: bounds.x + (bounds.w - GHOST.w) / 2, y: bounds.y, w: GHOST.w, h: GHOST.h };
      ghosts.push({ node: n, rect, bounds });
      return;
    }
    const depth = 0.3 * spatialExtent(n.shape.w);
    const fw = channelExtent(n.shape.c);
    const fh = spatialExtent(n.shape.h);
    const boxW = fw + depth;
    const x0 = bounds.x + (bounds.w - boxW) / 2;
    const front = { x: fmt(x0), y: fmt(bounds.y + depth), w: fmt(fw), h: fmt(fh) };
    tensors.push({
      node: n,
      front,
      depth: fmt(depth),
      label: labelOf(n),
      labelX: fmt(bounds.x + bounds.w / 2),
      labelY: fmt(bounds.y + depth + fh + 14),
      bounds,
    });
  });

  const boundsOf = new Map<string, Rect>([
    ...tensors.map((t) => [t.node.id, t.bounds] as const),
    ...ghosts.map((g) => [g.node.id, g.rect] as const),
  ]);
  const boxOf = new Map<string, Rect>([
    ...tensors.map(
      (t) =>
        [
          t.node.id,
          { ...t.front, y: t.front.y - t.depth, w: t.front.w + t.depth, h: t.front.h + t.depth },
        ] as const,
    ),
    ...ghosts.map((g) => [g.node.id, g.rect] as const),
  ]);
  const minCross = horizontal
    ? Math.min(...[...boxOf.values()].map((r) => r.y))
    : Math.min(...[...boundsOf.values()].map((r) => r.x));

  const edges = diagram.edges.flatMap((edge): PositionedEdge[] => {
    const a = boxOf.get(edge.from);
    const b = boxOf.get(edge.to);
    const aFull = boundsOf.get(edge.from);
    const bFull = boundsOf.get(edge.to);
    if (!a || !b || !aFull || !bFull) return [];
    const chip = chipSize(edge);
    if (edge.style !== "flow") {
      // Residual arcs run outside every lane: above (horizontal) or to the left (vertical).
      // The arc's apex (t = ½) is ¼·start + ¾·control, so pick the control to put the apex at `peak`.
      const peak = minCross - arcRoom / 2;
      if (horizontal) {
        const p0 = { x: a.x + a.w / 2, y: a.y };
        const p3 = { x: b.x + b.w / 2, y: b.y };
        const c = (4 * peak - (p0.y + p3.y) / 2) / 3;
        const d = `M${fmt(p0.x)},${fmt(p0.y)} C${fmt(p0.x)},${fmt(c)} ${fmt(p3.x)},${fmt(c)} ${fmt(p3.x)},${fmt(p3.y)}`;
        return [{ edge, d, mid: { x: fmt((p0.x + p3.x) / 2), y: fmt(peak) }, chip }];
      }
      const p0 = { x: aFull.x, y: a.y + a.h / 2 };
      const p3 = { x: bFull.x, y: b.y + b.h / 2 };
      const c = (4 * peak - (p0.x + p3.x) / 2) / 3;
      const d = `M${fmt(p0.x)},${fmt(p0.y)} C${fmt(c)},${fmt(p0.y)} ${fmt(c)},${fmt(p3.y)} ${fmt(p3.x)},${fmt(p3.y)}`;
      return [{ edge, d, mid: { x: fmt(peak), y: fmt((p0.y + p3.y) / 2) }, chip }];
    }
    if (edge.route === "alternative") return [alternativeEdge(edge, a, b, chip, horizontal)];
    const p0 = horizontal
      ? { x: a.x + a.w, y: a.y + a.h / 2 }
      : { x: a.x + a.w / 2, y: aFull.y + aFull.h };
    const p3 = horizontal ? { x: b.x, y: b.y + b.h / 2 } : { x: b.x + b.w / 2, y: b.y };
    const bend = horizontal ? (p3.x - p0.x) / 2 : (p3.y - p0.y) / 2;
    const p1 = horizontal ? { x: p0.x + bend, y: p0.y } : { x: p0.x, y: p0.y + bend };
    const p2 = horizontal ? { x: p3.x - bend, y: p3.y } : { x: p3.x, y: p3.y - bend };
    const d = `M${fmt(p0.x)},${fmt(p0.y)} C${fmt(p1.x)},${fmt(p1.y)} ${fmt(p2.x)},${fmt(p2.y)} ${fmt(p3.x)},${fmt(p3.y)}`;
    // Cubic Bézier at t = ½.
    const mid = {
      x: fmt((p0.x + 3 * p1.x + 3 * p2.x + p3.x) / 8),
      y: fmt((p0.y + 3 * p1.y + 3 * p2.y + p3.y) / 8),
    };
    return [{ edge, d, mid, chip }];
  });

  const maxRight = Math.max(
    ...[...boundsOf.values()].map((r) => r.x + r.w),
    ...edges.map((e) => e.mid.x + e.chip.w / 2),
  );
  const maxBottom = Math.max(
    ...[...boundsOf.values()].map((r) => r.y + r.h),
    ...edges.map((e) => e.mid.y + e.chip.h / 2),
  );
  return {
    width: Math.ceil(maxRight + MARGIN),
    height: Math.ceil(maxBottom + MARGIN),
    tensors,
    ghosts,
    edges,
  };
}

/**
 * The narrowest container, in CSS px, that shows this layout without scaling its text below
 * MIN_RENDERED_TEXT_PX. The player shows the horizontal layout from this width up, the vertical one
 * below it, and lets a vertical layout that is still too wide scroll sideways rather than shrink.
 */
export function minDisplayWidth(layout: Pick<BlockLayout, "width">): number {
  return Math.ceil(layout.width * MIN_DIAGRAM_SCALE);
}
