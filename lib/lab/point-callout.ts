/**
 * Where a chart point's identity label goes when it is focused or tapped: beside the point, flipped to
 * the other side near the right edge and kept inside the plot, so it never hides the point itself.
 */
export interface CalloutBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A rough width for 11 px system-ui text: enough to size a background box without measuring. */
export function textWidth(text: string, px = 11): number {
  return Math.ceil(text.length * px * 0.56) + 10;
}

export function placeCallout(
  cx: number,
  cy: number,
  size: { readonly width: number; readonly height: number },
  plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  },
  gap = 10,
): CalloutBox {
  const right = cx + gap;
  const x = right + size.width <= plot.right ? right : Math.max(plot.left, cx - gap - size.width);
  const y = Math.min(Math.max(plot.top, cy - size.height - gap / 2), plot.bottom - size.height);
  return { x, y, ...size };
}
