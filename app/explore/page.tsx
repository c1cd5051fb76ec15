import type { Metadata } from "next";
import { Explorer } from "@/components/explore/explorer";
import { parseExplorerState, toSearchParams } from "@/lib/explorer/explorer-state";

export const metadata: Metadata = { title: "Architecture explorer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExplorePage({ searchParams }: { searchParams: SearchParams }) {
  const { state, notes } = parseExplorerState(toSearchParams(await searchParams));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Architecture explorer</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        Any MobileNet at any width multiplier α and input resolution: exact parameter and
        multiply-add counts, layer by layer. The address bar always holds the current view, so you
        can share it.
      </p>
      <div className="mt-6">
        {/* key: a new link (client navigation to other params) starts from that link's state. */}
        <Explorer key={JSON.stringify(state)} initial={state} notes={notes} />
      </div>
    </div>
  );
}
