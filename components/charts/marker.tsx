export type MarkerShapeName = "circle" | "square" | "triangle" | "diamond";

/** A scatter-plot marker, so series differ by shape and not by colour alone. */
export function Marker({
  shape,
  x,
  y,
  r,
  className,
}: {
  shape: MarkerShapeName;
  x: number;
  y: number;
  r: number;
  className: string;
}) {
  if (shape === "square")
    return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className={className} />;
  if (shape === "triangle")
    return (
      <polygon
        points={`${x},${y - r * 1.2} ${x + r * 1.1},${y + r * 0.8} ${x - r * 1.1},${y + r * 0.8}`}
        className={className}
      />
    );
  if (shape === "diamond")
    return (
      <polygon
        points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`}
        className={className}
      />
    );
  return <circle cx={x} cy={y} r={r} className={className} />;
}
