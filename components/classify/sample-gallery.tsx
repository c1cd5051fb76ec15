/* eslint-disable @next/next/no-img-element -- same-origin thumbnails, no optimisation server needed */
import type { SamplePhoto } from "@/lib/inference/installed-assets";

/** The sample photos as buttons; open photos show their licence, ImageNet ones say they are local only. */
export function SampleGallery({
  samples,
  onPick,
  disabled,
  action = "Classify",
}: {
  readonly samples: readonly SamplePhoto[];
  readonly onPick: (sample: SamplePhoto) => void;
  readonly disabled: boolean;
  /** The verb of each button's accessible name ("Classify sample: a tabby cat"). */
  readonly action?: string;
}) {
  const groups = [
    { set: "open", title: "Openly licensed photos" },
    { set: "imagenet", title: "ImageNet samples (local copy, not shipped)" },
  ] as const;
  return (
    <div className="space-y-3">
      {groups.map((g) => {
        const items = samples.filter((s) => s.set === g.set);
        if (items.length === 0) return null;
        return (
          <section key={g.set} aria-label={g.title}>
            <h3 className="text-sm font-semibold">{g.title}</h3>
            <ul className="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-6 lg:grid-cols-8">
              {items.map((s) => (
                <li key={s.src}>
                  <button
                    type="button"
                    disabled={disabled}
                    onClick={() => onPick(s)}
                    data-testid={`sample-${s.file}`}
                    aria-label={`${action} sample: ${s.caption}`}
                    title={`${s.caption} — ${s.credit}`}
                    className="block w-full overflow-hidden rounded-md border border-slate-200 hover:border-slate-500 disabled:opacity-50 dark:border-slate-700"
                  >
                    <img
                      src={s.src}
                      alt=""
                      loading="lazy"
                      className="aspect-square w-full object-cover"
                    />
                  </button>
                </li>
              ))}
            </ul>
            {g.set === "open" && (
              <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                Credits:{" "}
                {items.map((s) => `${s.file.replace(/\.jpg$/, "")} — ${s.credit}`).join("; ")}. From
                scikit-image&apos;s data set.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
