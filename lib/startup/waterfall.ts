/**
 * The startup waterfall of a page's first prediction: what happened between opening the page and
 * the first top-5, as bars on the page's clock (ms since navigation start). Pure: the inference
 * worker reports its spans on its own clock (lib/startup/worker-spans.ts), the page adds its own
 * moments, and `startupWaterfall` turns both into phases, each with the time it added to the wait.
 * The /classify page draws them (components/startup/startup-waterfall.tsx) and bench:startup reads
 * the same rows from that page.
 */

/** The worker's measured stretches, in the order a first visit meets them. */
export type WorkerSpanId =
  | "runtime-download"
  | "runtime-compile"
  | "model"
  | "session"
  | "first-run"
  | "photo-decode"
  | "photo-run"
  | "warm-up";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What an inference worker measured of its own start, on its clock (ms since its time origin). */
export interface WorkerStartupReport {
  /** The worker's `performance.timeOrigin` (ms since the epoch): converts its clock to the page's. */
  readonly timeOrigin: number;
  readonly spans: Partial<Readonly<Record<WorkerSpanId, Span>>>;
  /** Bytes the runtime's .wasm took on the wire; 0 when it came from the browser's cache. */
  readonly runtimeTransferBytes: number | null;
  /** The runtime's .wasm on disk (decoded). */
  readonly runtimeBytes: number | null;
  readonly modelFromCache: boolean;
  readonly modelBytes: number;
  readonly backend: "wasm" | "webgpu";
  /** Untimed runs until the run times were steady (the warm-up span's runs). */
  readonly warmUpRuns: number | null;
}

/** The page's own moments, on its clock. */
export interface PageMoments {
  /** `performance.timeOrigin` of the page. */
  readonly timeOrigin: number;
  /** When the photo was picked (a click, a drop, a file). */
  readonly photoChosenAt: number | null;
  /** When the top-5 was in the document. */
  readonly shownAt: number;
}

export type PhaseId = "page" | WorkerSpanId | "waiting-for-photo" | "shown";

export interface Phase {
  readonly id: PhaseId;
  readonly label: string;
  /** One short line under the label: bytes, cache, runs. */
  readonly detail: string;
  /** Page clock, ms since navigation start. */
  readonly start: number;
  readonly end: number;
  readonly ms: number;
  /** The part of this phase no earlier phase already covered, up to the first prediction. */
  readonly addedMs: number;
  /** True for phases that ended after the top-5 was shown (the warm-up, usually). */
  readonly afterPrediction: boolean;
}

export interface Waterfall {
  readonly phases: readonly Phase[];
  /** Navigation start → top-5 in the document. */
  readonly firstPredictionMs: number;
  /** Sum of the phases' addedMs: how much of the wait the phases explain. */
  readonly explainedMs: number;
  readonly secondVisit: string;
}

const LABELS: Readonly<Record<PhaseId, string>> = {
  page: "Page opens, worker starts",
  "runtime-download": "Runtime download",
  "runtime-compile": "Runtime compile and start",
  model: "Model download",
  session: "Session creation",
  "first-run": "First run (cold)",
  "waiting-for-photo": "Waiting for your photo",
  "photo-decode": "Your photo decoded",
  "photo-run": "Your photo's run",
  shown: "Top-5 shown",
  "warm-up": "Warm-up until steady",
};

/** MB with one decimal, or kB below 1 MB. */
export function formatBytes(bytes: number): string {
  return bytes >= 1e6
    ? `${(bytes / 1e6).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

function detailOf(id: PhaseId, r: WorkerStartupReport): string {
  switch (id) {
    case "page":
      return "HTML, then the inference worker's script";
    case "runtime-download":
      if (r.runtimeTransferBytes === 0) return "onnxruntime-web from the browser's cache";
      return r.runtimeTransferBytes
        ? `onnxruntime-web, ${formatBytes(r.runtimeTransferBytes)} over the network`
        : "onnxruntime-web";
    case "runtime-compile":
      return "WebAssembly compiled, threads started";
    case "model":
      return r.modelFromCache
        ? `${formatBytes(r.modelBytes)} from the app's model cache, checksum checked`
        : `${formatBytes(r.modelBytes)}, checksum checked`;
    case "session":
      return `graph loaded into onnxruntime on ${r.backend.toUpperCase()}`;
    case "first-run":
      return "memory allocated, weights packed";
    case "waiting-for-photo":
      return "the model was ready before a photo was picked";
    case "photo-decode":
      return "read and decoded in the worker, beside the runtime's start";
    case "photo-run":
      return "cropped, normalised, one inference";
    case "shown":
      return "message to the page, drawn";
    case "warm-up":
      return r.warmUpRuns ? `${r.warmUpRuns} untimed runs before the timed ones` : "untimed runs";
  }
}

const ORDER: readonly PhaseId[] = [
  "page",
  "runtime-download",
  "runtime-compile",
  "model",
  "photo-decode",
  "session",
  "first-run",
  "waiting-for-photo",
  "photo-run",
  "shown",
  "warm-up",
];

/** Length of [start, end] not already in `covered` (sorted, disjoint), and `covered` with it added. */
function addInterval(covered: Span[], span: Span): number {
  let fresh = Math.max(0, span.end - span.start);
  for (const c of covered) {
    const overlap = Math.min(span.end, c.end) - Math.max(span.start, c.start);
    if (overlap > 0) fresh -= overlap;
  }
  covered.push(span);
  covered.sort((a, b) => a.start - b.start);
  // Merge, so that later overlaps are not subtracted twice.
  const merged: Span[] = [];
  for (const c of covered) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, c.end) };
    else merged.push({ ...c });
  }
  covered.splice(0, covered.length, ...merged);
  return Math.max(0, fresh);
}

/**
 * Chromium could keep the runtime's compiled code between visits, but here it never writes it: it
 * caches only after 2 s without new optimised code, and that timer never fires (npm run
 * trace:wasm-cache shows it). So a second visit compiles again, and says so.
 */
function secondVisitSentence(r: WorkerStartupReport): string {
  const cached = r.runtimeTransferBytes === 0 && r.modelFromCache;
  const compile =
    "but the runtime is compiled again: that compile, the session and the first run are what every visit pays.";
  return cached
    ? `This visit downloaded nothing: the runtime came from the browser's cache and the model from the app's model cache, ${compile}`
    : `A second visit skips both downloads (the runtime comes from the browser's cache, the model from the app's model cache), ${compile}`;
}

/**
 * The phases of one first prediction. Spans the worker did not measure (a WebGPU session has no
 * separate runtime start, a cached model no download) are left out, not invented.
 */
export function startupWaterfall(report: WorkerStartupReport, page: PageMoments): Waterfall {
  const shift = report.timeOrigin - page.timeOrigin; // worker clock → page clock
  const toPage = (s: Span): Span => ({ start: s.start + shift, end: s.end + shift });
  const spans = new Map<PhaseId, Span>();
  spans.set("page", { start: 0, end: Math.max(0, shift) });
  for (const [id, span] of Object.entries(report.spans) as [WorkerSpanId, Span][])
    spans.set(id, toPage(span));
  // Only phases the user can see in the order: a runtime download that started before the worker
  // (never) or a photo picked before the model was ready needs no waiting phase.
  const ready = spans.get("first-run")?.end ?? spans.get("session")?.end;
  const decode = spans.get("photo-decode");
  if (page.photoChosenAt !== null && ready !== undefined && page.photoChosenAt > ready) {
    spans.set("waiting-for-photo", { start: ready, end: page.photoChosenAt });
    // Nothing else runs then: the photo's own way to the worker (a sample's fetch) is its decode's.
    if (decode && decode.start > page.photoChosenAt)
      spans.set("photo-decode", { start: page.photoChosenAt, end: decode.end });
  }
  // A photo that was waiting when the session was made has the cold first run itself.
  const photoWasFirst = !spans.has("photo-run") && spans.has("first-run");
  const run = spans.get("photo-run") ?? (photoWasFirst ? spans.get("first-run") : undefined);
  if (run) spans.set("shown", { start: run.end, end: Math.max(run.end, page.shownAt) });

  const total = page.shownAt;
  const covered: Span[] = [];
  const phases: Phase[] = [];
  for (const id of ORDER) {
    const span = spans.get(id);
    if (!span) continue;
    const start = Math.max(0, span.start);
    const end = Math.max(start, span.end);
    const clipped = { start: Math.min(start, total), end: Math.min(end, total) };
    const label =
      id === "model" && report.modelFromCache
        ? "Model from cache"
        : id === "first-run" && photoWasFirst
          ? "First run (cold), on your photo"
          : LABELS[id];
    phases.push({
      id,
      label,
      detail:
        id === "first-run" && photoWasFirst
          ? "cropped, normalised; memory allocated, weights packed"
          : detailOf(id, report),
      start,
      end,
      ms: end - start,
      addedMs: addInterval(covered, clipped),
      afterPrediction: end > total,
    });
  }
  return {
    phases,
    firstPredictionMs: total,
    explainedMs: phases.reduce((a, p) => a + p.addedMs, 0),
    secondVisit: secondVisitSentence(report),
  };
}
