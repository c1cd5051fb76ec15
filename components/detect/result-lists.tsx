import { classColour, css } from "@/lib/detect/class-colours";
import type { ClassFound, Detection } from "@/lib/detect/protocol";

/** "ymin,xmin,ymax,xmax", four decimals, for tests and for anyone reading the DOM. */
function boxAttr(box: Detection["box"]): string {
  return box.map((v) => v.toFixed(4)).join(",");
}

function Swatch({ index }: { readonly index: number }) {
  return (
    <span
      aria-hidden
      className="inline-block h-3 w-3 shrink-0 rounded-sm"
      style={{ backgroundColor: css(classColour(index)) }}
    />
  );
}

/** The boxes at or above the threshold, best first; each item reads "<label> <score> %". */
export function DetectionList({
  detections,
  threshold,
}: {
  readonly detections: readonly Detection[];
  readonly threshold: number;
}) {
  const shown = detections.filter((d) => d.score >= threshold);
  if (shown.length === 0)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="nothing-detected">
        Nothing detected at or above {(threshold * 100).toFixed(0)} %.{" "}
        {detections.length > 0
          ? `The best guess is ${detections[0]?.label} at ${((detections[0]?.score ?? 0) * 100).toFixed(1)} %: lower the threshold to see it.`
          : "Try another photo."}
      </p>
    );
  return (
    <ul aria-label="Detections" className="space-y-1">
      {shown.map((d, i) => (
        <li
          key={i}
          data-box={boxAttr(d.box)}
          className="flex items-center gap-2 font-mono text-sm tabular-nums"
        >
          <Swatch index={d.classIndex} />
          <span>
            {d.label} {(d.score * 100).toFixed(1)} %
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Each class's share of the pixels, largest first, with its mask colour (the legend). */
export function ClassesFound({ classes }: { readonly classes: readonly ClassFound[] }) {
  const onlyBackground = classes.every((c) => c.classIndex === 0);
  return (
    <div>
      <ul aria-label="Classes found" className="space-y-1">
        {classes.map((c) => (
          <li
            key={c.classIndex}
            data-class={c.label}
            className="flex items-center gap-2 font-mono text-sm tabular-nums"
          >
            {c.classIndex === 0 ? (
              <span
                aria-hidden
                className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-400"
              />
            ) : (
              <Swatch index={c.classIndex} />
            )}
            <span>
              {c.label} {c.percent.toFixed(1)} %
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Background is left undrawn. Shares are of the model&apos;s own output pixels.
      </p>
      {onlyBackground && (
        <p
          className="mt-2 text-sm text-slate-700 dark:text-slate-300"
          data-testid="nothing-detected"
        >
          Nothing found: every pixel is background. DeepLab knows only the 20 PASCAL VOC classes
          (people, animals, vehicles and some furniture).
        </p>
      )}
    </div>
  );
}
