import type { Metadata } from "next";
import Link from "next/link";
import { BlockKindGlyph } from "@/components/blocks/block-kind-glyph";
import { BLOCK_KINDS } from "@/lib/blocks/catalog";

export const metadata: Metadata = {
  title: "Blocks",
  description:
    "Watch a tensor flow through each MobileNet block, with the real shapes and costs of a layer you pick.",
};

export default function BlocksIndexPage() {
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Blocks</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
          Every MobileNet is a stack of a few block kinds. Pick one, pick a real layer, and step
          through it: each tensor is labelled with its height × width × channels, and a counter adds
          up the multiply-adds and parameters exactly as the cost engine counts them.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {BLOCK_KINDS.map((k) => (
          <li key={k.slug}>
            <Link
              href={`/blocks/${k.slug}`}
              className="flex h-full gap-4 rounded-lg border border-slate-200 p-4 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-700 dark:hover:border-slate-500 dark:hover:bg-slate-900"
            >
              <BlockKindGlyph kind={k.slug} className="h-10 w-20 shrink-0" />
              <span>
                <span className="block font-semibold">{k.title}</span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                  {k.summary}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
