import { PAPERS } from "@/lib/site-map";

/** Cites the four papers most numbers on the site come from; each number names its own table or checkpoint list. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4">
        <h2 className="mb-3 font-semibold text-slate-800 dark:text-slate-200">
          The papers behind the numbers
        </h2>
        <ol className="grid gap-2 sm:grid-cols-2">
          {PAPERS.map((p) => (
            <li key={p.short}>
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
                MobileNet{p.short}
              </span>{" "}
              <a
                className="underline decoration-slate-300 underline-offset-2 hover:text-slate-900 dark:decoration-slate-600 dark:hover:text-white"
                href={p.url}
                rel="noreferrer"
                target="_blank"
              >
                {p.title}
              </a>{" "}
              — {p.authors}, {p.venue}.
            </li>
          ))}
        </ol>
        <p className="mt-4">
          Images you classify never leave your browser. Pretrained weights: V1–V3 from Google /
          TensorFlow releases, V4 from timm (all Apache-2.0).
        </p>
      </div>
    </footer>
  );
}
