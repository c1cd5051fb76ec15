import Link from "next/link";
import { SECTIONS } from "@/lib/site-map";

/**
 * Where to go after the lessons: the pages that show the same ideas on real models. Pages are taken
 * from the site map, so a section that is not built (yet) is simply not offered; the wording does not
 * assume it closes the last lesson.
 */
const NEXT: readonly { readonly href: string; readonly why: string }[] = [
  {
    href: "/blocks",
    why: "Every block type from V1 to V4, animated stage by stage with its real shapes and costs.",
  },
  {
    href: "/inside",
    why: "Your photo through every layer of a real MobileNet: the depthwise channels, the real kernels, what each layer costs.",
  },
  {
    href: "/teach",
    why: "Teach a MobileNet your own classes in the browser: its features stay, a small new head learns.",
  },
  {
    href: "/detect",
    why: "MobileNet as the backbone of a detector and a segmenter: boxes and masks on your photo or camera.",
  },
];

export function WrapUp() {
  const links = NEXT.flatMap((n) => {
    const section = SECTIONS.find((s) => s.href === n.href);
    return section ? [{ ...n, label: section.label }] : [];
  });
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="wrap-up">
      {links.map((l) => (
        <li key={l.href}>
          <Link
            href={l.href}
            className="block h-full rounded-xl border border-slate-200 p-4 no-underline hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
          >
            <span className="font-medium">{l.label} →</span>
            <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{l.why}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
