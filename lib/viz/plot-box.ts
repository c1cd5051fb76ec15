/** The plot rectangle of a chart layout (inside its margins), in SVG pixels. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The same rectangle given by its corner and size (as a bar layout keeps it). */
export function plotBoxOf(rect: {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}): PlotBox {
  return { left: rect.x, right: rect.x + rect.width, top: rect.y, bottom: rect.y + rect.height };
}
