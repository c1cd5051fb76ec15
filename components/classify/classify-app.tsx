"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { fetchSample } from "@/components/hooks/use-sample-pick";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { CountInput } from "@/components/ui/count-input";
import type { ClassifyAssets, SamplePhoto } from "@/lib/inference/installed-assets";
import { initialModelId } from "@/lib/inference/initial-model";
import { handPhotoToInside } from "@/lib/inside/photo-handoff";
import type { Backend, BackendChoice } from "@/lib/inference/protocol";
import { DEFAULT_TIMED_RUNS } from "@/lib/inference/session-options";
import { BackendPicker } from "./backend-picker";
import { CompareTable } from "./compare-table";
import { CropPreview } from "./crop-preview";
import { cardName } from "./explorer-view";
import { ImagePicker } from "./image-picker";
import { ModelFileLoader } from "./model-file-loader";
import { ModelPicker } from "./model-picker";
import { PredictionList } from "./prediction-list";
import { revealPanel } from "./reveal";
import { RunStatus } from "./run-status";
import { RuntimeStatus } from "./runtime-status";
import { SampleGallery } from "./sample-gallery";
import { StaleResult } from "./stale-result";
import { useClassifier, type ImageInput } from "./use-classifier";
import { useInferenceClient } from "./use-inference-client";
import { PreloadStatus } from "./preload-status";
import { usePreload } from "./use-preload";
import { StartupWaterfall } from "@/components/startup/startup-waterfall";
import { useStartupReport } from "@/components/startup/use-startup-report";
import { markPhotoChosen } from "@/lib/startup/page-marks";

const PANEL = "rounded-xl border border-slate-200 p-4 dark:border-slate-800";

/** The /classify page's interactive part: inputs, model and backend, results, compare mode. */
export function ClassifyApp({ models, samples, setupRan }: ClassifyAssets) {
  const clientState = useInferenceClient();
  // Usable before the probe answers: a photo picked at once queues behind it in the worker.
  const client = clientState.status === "error" ? null : (clientState.client ?? null);
  const env = clientState.status === "ready" ? clientState.env : null;
  const installed = models.filter((m) => m.installed);
  const [modelId, setModelId] = useState(() => initialModelId(models));
  const [backend, setBackend] = useState<BackendChoice>("auto");
  const [timedRuns, setTimedRuns] = useState(DEFAULT_TIMED_RUNS);
  const [image, setImage] = useState<ImageInput | null>(null);
  const [bothBackends, setBothBackends] = useState(false);
  const {
    run,
    result,
    stale,
    compareRows,
    compareProgress,
    comparing,
    classify,
    compare,
    stopCompare,
    fail,
  } = useClassifier(client);
  const resultRef = useRef<HTMLElement>(null);
  const startup = useStartupReport(result?.result.startup);
  const modelName = (id: string) => {
    const card = models.find((m) => m.id === id);
    return card ? cardName(card) : id;
  };

  // Read at the moment an image arrives (a sample's fetch can finish after the user changed a setting).
  const settings = useRef({ modelId, backend, timedRuns });
  useEffect(() => {
    settings.current = { modelId, backend, timedRuns };
  }, [modelId, backend, timedRuns]);

  const takeImage = useCallback(
    (blob: Blob, name: string) => {
      markPhotoChosen();
      const img = { blob, name };
      const now = settings.current;
      setImage(img);
      void classify(img, now.modelId, now.backend, now.timedRuns);
      revealPanel(resultRef.current);
    },
    [classify],
  );

  const preload = usePreload(
    client,
    env,
    modelId,
    backend,
    installed.some((m) => m.id === modelId),
  );

  const pickSample = async (s: SamplePhoto) => {
    markPhotoChosen(); // the click, before the photo's own fetch
    try {
      takeImage(await fetchSample(s), s.file);
    } catch (err) {
      fail({
        status: "error",
        code: "not-an-image",
        title: "Sample photo missing",
        message: (err as Error).message,
      });
    }
  };

  const rerun = (nextModel: string, nextBackend: BackendChoice) => {
    if (!image) return;
    void classify(image, nextModel, nextBackend, timedRuns);
    revealPanel(resultRef.current);
  };

  const runCompare = () => {
    if (!image) return;
    const ids = installed.map((m) => m.id);
    if (models.some((m) => m.remoteOnly && m.id === result?.result.modelId))
      ids.push(result?.result.modelId ?? "");
    const backends: (Backend | BackendChoice)[] = bothBackends ? ["wasm", "webgpu"] : [backend];
    void compare(image, ids, backends, timedRuns);
  };

  return (
    <div className="mt-6 space-y-6">
      {(!setupRan || installed.length === 0) && (
        <div
          role="status"
          data-testid="setup-hint"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">No pretrained models are installed yet.</p>
          <p className="mt-1">
            Run <code>npm run setup:models</code> (copies them from ../shared/models), then build
            again (<code>npm run build</code>) and restart the server. MobileNetV4 can still load
            from its public source when you are online.
          </p>
        </div>
      )}
      {clientState.restartedAfter && (
        <p
          role="status"
          data-testid="worker-restarted"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          The inference worker stopped ({clientState.restartedAfter}), so a new one was started
          {clientState.status === "ready" ? " and is ready" : ""}. Models load again on first use.
        </p>
      )}
      {clientState.status === "error" && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {clientState.message}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-labelledby="input-heading" className={PANEL}>
            <h2 id="input-heading" className="mb-3 text-lg font-semibold">
              1 · A photo
            </h2>
            <ImagePicker onImage={takeImage} disabled={!client} />
            <div className="mt-4">
              <SampleGallery
                samples={samples}
                onPick={(s) => void pickSample(s)}
                disabled={!client}
              />
            </div>
          </section>
          <section aria-labelledby="setup-heading" className={`${PANEL} space-y-5`}>
            <h2 id="setup-heading" className="text-lg font-semibold">
              2 · A model and a backend
            </h2>
            <ModelPicker
              models={models}
              value={modelId}
              onChange={(id) => {
                setModelId(id);
                rerun(id, backend);
              }}
              disabled={!client}
            />
            <ModelFileLoader onLoaded={setModelId} />
            <BackendPicker
              value={backend}
              onChange={(b) => {
                setBackend(b);
                rerun(modelId, b);
              }}
              env={env}
              autoReason={
                result?.result.modelId === modelId
                  ? (result.result.session.auto?.reason ?? null)
                  : null
              }
              disabled={!client}
            />
            <CountInput
              label="Timed runs after the warm-up"
              value={timedRuns}
              min={1}
              max={50}
              onChange={setTimedRuns}
              inputClassName="w-16 rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              testId="timed-runs"
            />
            <PreloadStatus state={preload} />
            {env ? (
              <RuntimeStatus env={env} />
            ) : (
              <p
                className="text-sm text-slate-500 dark:text-slate-400"
                data-testid="worker-starting"
              >
                Starting the inference worker…
              </p>
            )}
          </section>
        </div>

        <section
          ref={resultRef}
          aria-labelledby="result-heading"
          className={`${PANEL} scroll-mt-20 space-y-4 self-start`}
        >
          <h2 id="result-heading" className="text-lg font-semibold">
            3 · What the model says
          </h2>
          <RunStatus state={run} />
          {result?.result.session.fallback && (
            <p
              role="status"
              data-testid="fallback"
              className="rounded-lg bg-sky-50 p-2 text-sm text-sky-950 dark:bg-sky-950/40 dark:text-sky-100"
            >
              {result.result.session.fallback}
            </p>
          )}
          {result ? (
            <StaleResult
              stale={stale}
              imageName={result.imageName}
              modelName={modelName(result.result.modelId)}
            >
              <div className="grid gap-4 sm:grid-cols-[12rem_1fr] lg:grid-cols-1">
                <CropPreview rgba={result.result.crop} size={result.result.cropSize} />
                <PredictionList
                  result={result.result}
                  imageName={result.imageName}
                  onOpenInside={() => {
                    if (image) handPhotoToInside({ ...image, modelId: result.result.modelId });
                  }}
                />
              </div>
            </StaleResult>
          ) : (
            run.status !== "error" && (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Pick a photo or a sample: the top-5 classes appear here, with how long each run
                took.
              </p>
            )
          )}
          {startup && <StartupWaterfall report={startup} />}
        </section>
      </div>

      <section aria-labelledby="compare-heading" className={`${PANEL} space-y-3`}>
        <h2 id="compare-heading" className="text-lg font-semibold">
          Compare mode
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The same photo through every installed model, on the chosen backend or on both side by
          side.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          {/* Enabled as soon as a photo is in: a single run still timing is simply superseded
              (the worker stops its timing for the newer request). */}
          {comparing ? (
            <button
              type="button"
              onClick={stopCompare}
              data-testid="compare-stop"
              className="rounded-lg border border-slate-400 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
            >
              Stop comparing
            </button>
          ) : (
            <button
              type="button"
              onClick={runCompare}
              disabled={!client || !image}
              data-testid="compare-button"
              className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
            >
              Compare every model
            </button>
          )}
          <CheckboxLabel checked={bothBackends} onChange={setBothBackends} testId="compare-both">
            WASM and WebGPU side by side
          </CheckboxLabel>
          {!image && (
            <span className="text-sm text-slate-500 dark:text-slate-400">Pick a photo first.</span>
          )}
        </div>
        {compareProgress && (
          <div aria-live="polite" className="text-sm" data-testid="compare-progress">
            <label className="block">
              {compareProgress.current
                ? `Comparing ${compareProgress.done + 1} of ${compareProgress.total}: ${modelName(compareProgress.current.modelId)} on ${compareProgress.current.backend}…`
                : compareProgress.stopped
                  ? `Stopped after ${compareProgress.done} of ${compareProgress.total}.`
                  : `Compared ${compareProgress.done} of ${compareProgress.total}.`}
              <progress
                className="mt-1 block h-2 w-full accent-(--color-accent) dark:accent-(--color-accent-dark)"
                max={compareProgress.total}
                value={compareProgress.done}
              />
            </label>
          </div>
        )}
        {compareRows.length > 0 && <CompareTable rows={compareRows} models={models} />}
      </section>
    </div>
  );
}
