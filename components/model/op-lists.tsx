import { formatExact } from "@/lib/cost/format";
import type { ModelAnalysis } from "@/lib/model-file/analyze-model";
import type { OpTally } from "@/lib/model-file/count-costs";

function Tally({ items, testId }: { readonly items: readonly OpTally[]; readonly testId: string }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs" data-testid={testId}>
      {items.map((t) => (
        <li key={t.opType}>
          {t.opType} × {t.count}
        </li>
      ))}
    </ul>
  );
}

/** Every op the counts leave out, by type and count: nothing is dropped silently. */
export function OpLists({ analysis }: { readonly analysis: ModelAnalysis }) {
  const { notCounted, cannotCount, unknownShapes, otherLearned, bnStatistics } = analysis;
  return (
    <div className="space-y-4 text-sm">
      {cannotCount.length > 0 && (
        <div
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">
            Not counted: the page has no rule for these ops, or their shapes are unknown.
          </p>
          <Tally items={cannotCount} testId="cannot-count" />
        </div>
      )}
      {unknownShapes.length > 0 && (
        <div>
          <p className="font-medium">
            Shape unknown after these ops (neither the file nor our rules tell):
          </p>
          <Tally items={unknownShapes} testId="unknown-shapes" />
        </div>
      )}
      <div>
        <p className="font-medium">
          Not counted as MACs, by the papers&apos; convention (activations, adds, pooling, layout,
          quantization):
        </p>
        {notCounted.length > 0 ? <Tally items={notCounted} testId="not-counted" /> : <p>none</p>}
      </div>
      {otherLearned.length > 0 && (
        <div>
          <p className="font-medium">Learned tensors read by those ops (in the parameter total):</p>
          <ul
            className="mt-1 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs"
            data-testid="other-learned"
          >
            {otherLearned.map((l) => (
              <li key={l.opType}>
                {l.opType}: {l.tensors} tensors, {formatExact(l.elements)} values
              </li>
            ))}
          </ul>
        </div>
      )}
      {bnStatistics > 0 && (
        <p data-testid="bn-statistics">
          Batch-norm running means and variances: {formatExact(bnStatistics)} stored values, not
          parameters (they are statistics, not learned), so not in the total.
        </p>
      )}
    </div>
  );
}
