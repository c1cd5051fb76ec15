"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ModelFileLoader } from "@/components/classify/model-file-loader";
import { modelSpecFor } from "@/components/classify/model-spec";
import { saveFile } from "@/components/ui/save-file";
import { CountInput } from "@/components/ui/count-input";
import { findModel } from "@/lib/inference/model-catalog";
import { hasStoredModel } from "@/lib/inference/model-store";
import { fitEmbeddingMap } from "@/lib/teach/embedding-map";
import { placedSentence, rejectedSentence, splitImageFiles } from "@/lib/teach/image-files";
import { EmbedClient } from "@/lib/teach/embed-client";
import type { OpenedBackbone } from "@/lib/teach/embed-protocol";
import { predictHead } from "@/lib/teach/head";
import { knnPredict, l2Normalize } from "@/lib/teach/knn";
import type { KnnVoter } from "@/lib/teach/knn";
import type { TeachPhoto, TeachProject } from "@/lib/teach/project";
import {
  MAX_CLASSES,
  MAX_PHOTOS,
  addClass,
  addPhotos,
  bytesPerPhoto,
  deleteClass,
  deletePhoto,
  emptyProject,
  examplesFor,
  newId,
  photoCount,
  renameClass,
  trainBlocker,
  withEmbedding,
} from "@/lib/teach/project";
import { ProjectFileError, projectToJson, readProjectFile } from "@/lib/teach/project-file";
import {
  loadHead,
  loadProject,
  saveHead,
  saveProject,
  type SavedHead,
} from "@/lib/teach/project-store";
import { TrainClient } from "@/lib/teach/train-client";
import type { EpochReport } from "@/lib/teach/train";
import { ClassCard } from "./class-card";
import { CompareBackbones } from "./compare-backbones";
import { DropOverlay } from "./drop-overlay";
import { ConfusionMatrix, TrainingChart } from "./charts";
import { PcaMap } from "./pca-map";
import { PredictionList } from "./predictions";
import { Thumb } from "./thumb";
import type { BackboneOption, SampleOption } from "./types";
import { usePageDrop, type DropZone } from "./use-page-drop";
import { WebcamPanel } from "./webcam-panel";

const COLOURS = [
  "#2563eb",
  "#dc2626",
  "#059669",
  "#d97706",
  "#7c3aed",
  "#db2777",
  "#0891b2",
  "#65a30d",
  "#9333ea",
  "#ea580c",
];
export const colourOf = (i: number) => COLOURS[i % COLOURS.length]!;

const PANEL = "rounded-xl border border-slate-200 p-4 dark:border-slate-800";
const BUTTON =
  "rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-40 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200";
const SECONDARY =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";

type HeadKind = "knn" | "trained";

type BackboneState =
  | { readonly status: "loading"; readonly progress: string }
  | { readonly status: "ready"; readonly info: OpenedBackbone }
  | { readonly status: "error"; readonly message: string };

interface Query {
  readonly embedding: Float32Array;
  readonly thumbnail: Blob | null;
  readonly label: string;
  readonly embedMs: number;
}

/**
 * The browser-only backbones (MobileNetV4) this browser already holds, so they run offline: found in
 * the model cache that /classify's download and its "load from disk" both fill.
 */
async function storedRemoteIds(backbones: readonly BackboneOption[]): Promise<Set<string>> {
  const remote = backbones.filter((b) => b.remoteOnly);
  const held = await Promise.all(
    remote.map((b) => {
      const url = modelSpecFor(b.id)?.url;
      return url ? hasStoredModel(url) : false;
    }),
  );
  return new Set(remote.filter((_, i) => held[i]).map((b) => b.id));
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "classes";

export function TeachApp({
  backbones,
  samples,
}: {
  readonly backbones: readonly BackboneOption[];
  readonly samples: readonly SampleOption[];
}) {
  const [project, setProject] = useState<TeachProject | null>(null);
  const [storedRemote, setStoredRemote] = useState<ReadonlySet<string>>(new Set());
  // Installed models, and MobileNetV4 once this browser holds its file.
  const usableBackbones = useMemo(
    () => backbones.filter((b) => !b.remoteOnly || storedRemote.has(b.id)),
    [backbones, storedRemote],
  );
  const missingRemote = backbones.some((b) => b.remoteOnly && !storedRemote.has(b.id));
  const [activeClassId, setActiveClassId] = useState<string | null>(null);
  const [dropNotice, setDropNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [backbone, setBackbone] = useState<BackboneState>({
    status: "loading",
    progress: "Starting…",
  });
  const [busy, setBusy] = useState<Record<string, number>>({});
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [storageMessage, setStorageMessage] = useState<string | null>(null);
  const [headKind, setHeadKind] = useState<HeadKind>("knn");
  const [epochs, setEpochs] = useState(50);
  const [history, setHistory] = useState<EpochReport[]>([]);
  const [training, setTraining] = useState(false);
  const [trained, setTrained] = useState<SavedHead | null>(null);
  const [query, setQuery] = useState<Query | null>(null);
  const [queryError, setQueryError] = useState<string | null>(null);
  const [liveStats, setLiveStats] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const embedRef = useRef<EmbedClient | null>(null);
  const trainRef = useRef<TrainClient | null>(null);
  const frameTimes = useRef<number[]>([]);
  const [framesSeen, setFramesSeen] = useState(0);
  const firstInstalled = backbones.find((b) => !b.remoteOnly)?.id ?? "";
  const backboneId = project?.backboneId ?? firstInstalled;
  const option = backbones.find((b) => b.id === backboneId);

  // Workers for the page's lifetime; the project from IndexedDB (or a fresh one).
  useEffect(() => {
    embedRef.current = new EmbedClient();
    trainRef.current = new TrainClient();
    let alive = true;
    void Promise.all([loadProject(), loadHead(), storedRemoteIds(backbones)]).then(
      ([p, head, stored]) => {
        if (!alive) return;
        setStoredRemote(stored);
        const runnable = (id: string) =>
          backbones.some((b) => b.id === id && (!b.remoteOnly || stored.has(id)));
        const usable = p && runnable(p.backboneId) ? p : null;
        setProject(usable ?? emptyProject(backbones.find((b) => !b.remoteOnly)?.id ?? ""));
        // The head trained before a reload comes back with its project; it is stale if the classes changed.
        if (usable && head && head.backboneId === usable.backboneId) {
          setTrained(head);
          setHistory([...head.head.history]);
          setHeadKind("trained");
        }
      },
    );
    return () => {
      alive = false;
      embedRef.current?.terminate();
      trainRef.current?.terminate();
    };
  }, [backbones]);

  // Open the chosen backbone in the embedding worker.
  useEffect(() => {
    const client = embedRef.current;
    const spec = modelSpecFor(backboneId);
    if (!client || !spec || !project) return;
    let alive = true;
    setBackbone({ status: "loading", progress: "Loading the model…" });
    client
      .open(
        spec,
        (loaded, total) =>
          alive &&
          setBackbone({
            status: "loading",
            progress: `Loading the model… ${total ? Math.round((100 * loaded) / total) : Math.round(loaded / 1e6)}${total ? " %" : " MB"}`,
          }),
      )
      .then((info) => alive && setBackbone({ status: "ready", info }))
      .catch((err: Error) => alive && setBackbone({ status: "error", message: err.message }));
    return () => {
      alive = false;
    };
    // Only the backbone id matters here, not every project edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backboneId, project === null]);

  // The trained head is kept too (null forgets it), so a reload does not lose the training. Not
  // before the project has loaded: the saved head is still being read then.
  const loaded = project !== null;
  useEffect(() => {
    if (loaded) void saveHead(trained).then((m) => m && setStorageMessage(m));
  }, [trained, loaded]);

  // Save after every change (debounced); a refused write is said once, the project stays in memory.
  useEffect(() => {
    if (!project) return;
    const t = setTimeout(() => void saveProject(project).then(setStorageMessage), 400);
    return () => clearTimeout(t);
  }, [project]);

  // Photos without an embedding for this backbone (a switch, an import): embed their thumbnails.
  const ready = backbone.status === "ready" ? backbone.info : null;
  const missing = project ? examplesFor(project, backboneId).missing : 0;
  useEffect(() => {
    const client = embedRef.current;
    if (!client || !ready || !project || missing === 0 || ready.modelId !== backboneId) return;
    let alive = true;
    void (async () => {
      for (const c of project.classes)
        for (const photo of c.photos) {
          if (!alive) return;
          if (photo.embeddings[backboneId]) continue;
          const e = await client.embed(backboneId, photo.thumbnail, true).catch(() => null);
          if (e && alive)
            setProject((p) => p && withEmbedding(p, photo.id, backboneId, e.embedding));
        }
    })();
    return () => {
      alive = false;
    };
    // Re-run only when the count of missing embeddings or the backbone changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, missing, backboneId]);

  const setMessage = (classId: string, m: string | null) =>
    setMessages((all) => {
      const next = { ...all };
      if (m) next[classId] = m;
      else delete next[classId];
      return next;
    });

  const addBlobs = useCallback(
    async (
      classId: string,
      blobs: readonly { blob: Blob; name: string }[],
      source: TeachPhoto["source"],
    ) => {
      const client = embedRef.current;
      if (!client || !ready) {
        setMessage(classId, "The model is still loading: try again in a moment.");
        return;
      }
      setMessage(classId, null);
      setBusy((b) => ({ ...b, [classId]: (b[classId] ?? 0) + blobs.length }));
      const failed: string[] = [];
      for (const { blob, name } of blobs) {
        try {
          const added = await client.add(ready.modelId, blob);
          const photo: TeachPhoto = {
            id: newId("photo"),
            thumbnail: added.thumbnail,
            source,
            embeddings: { [ready.modelId]: added.embedding },
          };
          let full = false;
          setProject((p) => {
            if (!p) return p;
            if (photoCount(p) >= MAX_PHOTOS) {
              full = true;
              return p;
            }
            return addPhotos(p, classId, [photo]);
          });
          if (full)
            setMessage(
              classId,
              `A project holds at most ${MAX_PHOTOS} photos; the rest were not added.`,
            );
        } catch (err) {
          failed.push(`${name}: ${(err as Error).message}`);
        } finally {
          setBusy((b) => ({ ...b, [classId]: Math.max(0, (b[classId] ?? 1) - 1) }));
        }
      }
      if (failed.length)
        setMessage(
          classId,
          failed.length === 1 ? failed[0]! : `${failed.length} files were not added. ${failed[0]}`,
        );
    },
    [ready],
  );

  /** Photos from a class's own file input: anything not an image is said in that class. */
  const addFiles = (classId: string, files: readonly File[]) => {
    setActiveClassId(classId);
    const { images, rejected } = splitImageFiles(files);
    if (images.length)
      void addBlobs(
        classId,
        images.map((f) => ({ blob: f, name: f.name })),
        "file",
      );
    const refused = rejectedSentence(rejected);
    if (refused) setMessage(classId, refused);
  };

  // Drops and pastes outside a class card go to the class last worked on (the first one before
  // any), which its card and the line above the cards name.
  const targetClass = project
    ? (project.classes.find((c) => c.id === activeClassId) ?? project.classes[0] ?? null)
    : null;
  const targetIndex = project && targetClass ? project.classes.indexOf(targetClass) : -1;
  const nameOf = (i: number) => project?.classes[i]?.name.trim() || `Class ${i + 1}`;

  const placeFiles = useCallback(
    (files: readonly File[], classId: string | null, how: "dropped" | "pasted") => {
      const index = project?.classes.findIndex((c) => c.id === classId) ?? -1;
      const target = index >= 0 ? project!.classes[index]! : null;
      const { images, rejected } = splitImageFiles(files);
      if (!target) return;
      setActiveClassId(target.id);
      const name = target.name.trim() || `Class ${index + 1}`;
      setDropNotice({
        text: placedSentence(images.length, rejected, how, name),
        error: rejected.length > 0,
      });
      if (images.length)
        void addBlobs(
          target.id,
          images.map((f) => ({ blob: f, name: f.name || `${how} image` })),
          "file",
        );
    },
    [project, addBlobs],
  );

  // Paste anywhere but a text box adds to the target class.
  const targetId = targetClass?.id ?? null;
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (!files.length || (e.target as HTMLElement | null)?.tagName === "INPUT") return;
      e.preventDefault();
      placeFiles(files, targetId, "pasted");
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [placeFiles, targetId]);

  const examples = useMemo(
    () => (project ? examplesFor(project, backboneId) : null),
    [project, backboneId],
  );
  // Fitted once per set of photos: a webcam frame only places its marker on the fitted axes.
  const fittedMap = useMemo(() => (examples ? fitEmbeddingMap(examples.inputs) : null), [examples]);
  const names = useMemo(
    () => project?.classes.map((c, i) => c.name.trim() || `Class ${i + 1}`) ?? [],
    [project],
  );
  const photoById = useMemo(() => {
    const m = new Map<string, { photo: TeachPhoto; classIndex: number }>();
    project?.classes.forEach((c, classIndex) =>
      c.photos.forEach((photo) => m.set(photo.id, { photo, classIndex })),
    );
    return m;
  }, [project]);

  const knnExamples = useMemo(
    () =>
      examples?.inputs.map((embedding, i) => ({
        id: examples.photoIds[i]!,
        classIndex: examples.labels[i]!,
        embedding,
      })) ?? [],
    [examples],
  );
  const trainedUsable = trained && trained.backboneId === backboneId ? trained : null;
  const trainedStale =
    !!trainedUsable &&
    project !== null &&
    trainedUsable.classIds.join() !== project.classes.map((c) => c.id).join();

  /** The chosen head on one embedding: probabilities over the names it knows, and kNN's voters. */
  const predict = useCallback(
    (
      embedding: Float32Array,
    ): {
      names: readonly string[];
      probabilities: Float32Array;
      voters: readonly KnnVoter[];
    } | null => {
      if (headKind === "trained") {
        if (!trainedUsable) return null;
        return {
          names: trainedUsable.names,
          probabilities: predictHead(trainedUsable.head.weights, l2Normalize(embedding)),
          voters: [],
        };
      }
      if (knnExamples.length === 0) return null;
      const r = knnPredict(embedding, knnExamples, names.length);
      return { names, probabilities: r.probabilities, voters: r.voters };
    },
    [headKind, trainedUsable, knnExamples, names],
  );

  const classifyPhoto = async (file: File) => {
    const client = embedRef.current;
    if (!client || !ready) return;
    setQueryError(null);
    try {
      const e = await client.embed(ready.modelId, file, false);
      setQuery({
        embedding: e.embedding,
        thumbnail: file,
        label: file.name,
        embedMs: e.runMs + e.preprocessMs,
      });
    } catch (err) {
      setQuery(null);
      setQueryError(`${file.name}: ${(err as Error).message}`);
    }
  };

  // The whole page takes dropped files: onto a class card, into that class; onto "Try it", the
  // photo to classify; anywhere else, into the target class.
  const dropZone = usePageDrop((files: File[], zone: DropZone) => {
    if (zone.kind === "classify") {
      const { images, rejected } = splitImageFiles(files);
      if (images[0]) void classifyPhoto(images[0]);
      else setQueryError(rejectedSentence(rejected));
      return;
    }
    placeFiles(files, zone.kind === "class" ? zone.classId : targetId, "dropped");
  });
  const dropWhere = (() => {
    if (!dropZone) return null;
    if (dropZone.kind === "classify") return "Drop a photo to classify it";
    const i =
      dropZone.kind === "class"
        ? (project?.classes.findIndex((c) => c.id === dropZone.classId) ?? -1)
        : targetIndex;
    return i >= 0 ? `Drop photos to add them to “${nameOf(i)}”` : null;
  })();

  const predictFrame = useCallback(
    async (frame: ImageBitmap) => {
      const client = embedRef.current;
      if (!client || !ready) {
        frame.close();
        return;
      }
      const e = await client.embed(ready.modelId, frame, false);
      const t0 = performance.now();
      predict(e.embedding);
      const headMs = performance.now() - t0;
      setQuery({
        embedding: e.embedding,
        thumbnail: null,
        label: "webcam",
        embedMs: e.runMs + e.preprocessMs,
      });
      setFramesSeen((n) => n + 1);
      const now = performance.now();
      const times = frameTimes.current;
      times.push(now);
      while (times.length > 20) times.shift();
      const fps = times.length > 1 ? ((times.length - 1) * 1000) / (now - times[0]!) : 0;
      setLiveStats(
        `${fps.toFixed(1)} frames/s · embedding ${(e.runMs + e.preprocessMs).toFixed(1)} ms · head ${headMs.toFixed(2)} ms`,
      );
    },
    [ready, predict],
  );

  const blocker = project ? trainBlocker(project) : "Loading…";
  const trainBlockedBy =
    blocker ??
    (missing > 0
      ? `Embedding ${missing} photo${missing === 1 ? "" : "s"} with this backbone…`
      : !ready
        ? "The model is still loading."
        : null);

  const startTraining = async () => {
    const client = trainRef.current;
    if (!client || !project || !examples || trainBlockedBy) return;
    setTraining(true);
    setHistory([]);
    const snapshot = { classIds: project.classes.map((c) => c.id), names, backboneId };
    try {
      const head = await client.train(
        examples.inputs,
        examples.labels,
        names.length,
        { epochs },
        (r) => setHistory((h) => [...h, r]),
      );
      setTrained({ head, ...snapshot });
      setHeadKind("trained");
    } catch (err) {
      setNotice((err as Error).message);
    } finally {
      setTraining(false);
    }
  };

  const exportOnnx = async () => {
    const client = embedRef.current;
    const m = findModel(backboneId);
    if (!client || !trainedUsable || !m) return;
    setExporting(true);
    try {
      const bytes = await client.exportModel({
        modelId: backboneId,
        head: trainedUsable.head.weights,
        classes: trainedUsable.names,
        title: m.title,
        preprocessing: {
          ...m.preprocessing,
          interpolation: m.preprocessing.interpolation === "bicubic" ? "bicubic" : "bilinear",
        },
      });
      saveFile(
        bytes,
        `${slug(trainedUsable.names.join("-"))}-${m.id}.onnx`,
        "application/octet-stream",
      );
      setNotice(
        `Exported: ${m.title} features + your head, ${(bytes.byteLength / 1e6).toFixed(1)} MB. Open it on Your model (/model) or Classify.`,
      );
    } catch (err) {
      setNotice(`The export failed: ${(err as Error).message}`);
    } finally {
      setExporting(false);
    }
  };

  const exportProject = async () => {
    if (!project) return;
    saveFile(await projectToJson(project), "teach-project.json", "application/json");
  };

  const importProject = async (file: File) => {
    try {
      const titleOf = (id: string) => findModel(id)?.title ?? id;
      const { project: p, madeWith } = readProjectFile(
        await file.text(),
        usableBackbones.map((b) => b.id),
        backboneId,
        titleOf,
      );
      setProject(p);
      setTrained(null);
      setQuery(null);
      setHistory([]);
      setNotice(
        `Imported ${file.name}: ${p.classes.length} classes, ${photoCount(p)} photos.` +
          (madeWith
            ? ` It was made with ${titleOf(madeWith)}, which this browser cannot run, so its photos are being embedded again with ${titleOf(p.backboneId)}.`
            : ""),
      );
    } catch (err) {
      setNotice(
        err instanceof ProjectFileError
          ? err.message
          : `${file.name} could not be read; nothing was changed.`,
      );
    }
  };

  if (!project)
    return (
      <p role="status" className="mt-6">
        Opening your project…
      </p>
    );

  const result = query ? predict(query.embedding) : null;
  const map = fittedMap && {
    ...fittedMap,
    marker: query ? fittedMap.place(l2Normalize(query.embedding)) : null,
  };

  return (
    <div className="mt-6 space-y-6">
      {dropWhere && <DropOverlay where={dropWhere} />}
      <section className={PANEL} aria-labelledby="backbone-heading">
        <h2 id="backbone-heading" className="text-lg font-semibold">
          1. Backbone
        </h2>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          <label className="flex max-w-full min-w-0 flex-col text-sm">
            <span className="font-medium">Backbone</span>
            <select
              value={backboneId}
              onChange={(e) => {
                const id = e.currentTarget.value;
                setProject((p) => p && { ...p, backboneId: id });
                setQuery(null);
              }}
              className="mt-1 w-full max-w-full rounded-md border border-slate-300 px-2 py-1 sm:w-auto dark:border-slate-700 dark:bg-slate-900"
            >
              {usableBackbones.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
          </label>
          {missingRemote && (
            <div className="max-w-md">
              <ModelFileLoader
                label="Load a MobileNetV4 .onnx file…"
                acceptTaught={false}
                onLoaded={(id) => {
                  setStoredRemote((held) => new Set([...held, id]));
                  setProject((p) => p && { ...p, backboneId: id });
                  setQuery(null);
                }}
              />
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                MobileNetV4 joins the list once this browser holds its file: downloaded on Classify,
                or loaded here from disk (its sha256 must be the one the manifest pins).
              </p>
            </div>
          )}
          <p
            className="text-sm text-slate-700 dark:text-slate-300"
            data-testid="feature-info"
            aria-live="polite"
          >
            {backbone.status === "loading" && backbone.progress}
            {backbone.status === "error" && (
              <span className="text-red-800 dark:text-red-300">{backbone.message}</span>
            )}
            {ready && (
              <>
                Embedding: tensor <code className="font-mono">{ready.feature.name}</code>,{" "}
                {ready.width} values
                {ready.feature.classifierOp === "none found" ? (
                  <>
                    , the output of the last {ready.feature.producerOp} (the classifier after it is
                    not a plain dense layer)
                  </>
                ) : (
                  <>
                    {ready.feature.producerOp ? ` (from ${ready.feature.producerOp})` : ""}, the
                    input of the model&apos;s final {ready.feature.classifierOp}
                    {ready.feature.classifierOutputs
                      ? ` (${ready.width} → ${ready.feature.classifierOutputs})`
                      : ""}
                  </>
                )}
                . It is an extra output of the same run that classifies.
              </>
            )}
          </p>
        </div>
      </section>

      <section
        className={PANEL}
        aria-labelledby="classes-heading"
        data-bytes-per-photo={Math.round(bytesPerPhoto(project))}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="classes-heading" className="text-lg font-semibold">
            2. Your classes
          </h2>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={SECONDARY}
              onClick={() => setProject((p) => p && addClass(p))}
              disabled={project.classes.length >= MAX_CLASSES}
            >
              Add a class
            </button>
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {project.classes.length} of at most {MAX_CLASSES} classes · {photoCount(project)} of at
          most {MAX_PHOTOS} photos, each kept as a small JPEG at the model&apos;s input size.
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="drop-target">
          Drop or paste photos anywhere on the page: they go to{" "}
          <strong>“{nameOf(targetIndex)}”</strong>, the class you last worked on (drop onto a class
          to choose another).
        </p>
        {dropNotice && (
          <p
            role={dropNotice.error ? "alert" : "status"}
            data-testid="drop-notice"
            className={`mt-1 text-sm ${dropNotice.error ? "text-red-800 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}`}
          >
            {dropNotice.text}
          </p>
        )}
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {project.classes.map((c, i) => (
            <ClassCard
              key={c.id}
              cls={c}
              index={i}
              colour={colourOf(i)}
              samples={samples}
              busy={busy[c.id] ?? 0}
              message={messages[c.id] ?? null}
              canDelete={project.classes.length > 1}
              isTarget={c.id === targetClass?.id}
              dropOver={dropZone?.kind === "class" && dropZone.classId === c.id}
              onTouch={() => setActiveClassId(c.id)}
              onRename={(name) => setProject((p) => p && renameClass(p, c.id, name))}
              onDelete={() => setProject((p) => p && deleteClass(p, c.id))}
              onFiles={(files) => addFiles(c.id, files)}
              onSample={(s) =>
                void fetch(s.src)
                  .then((r) => r.blob())
                  .then((blob) => addBlobs(c.id, [{ blob, name: s.file }], "sample"))
              }
              onDeletePhoto={(id) => setProject((p) => p && deletePhoto(p, id))}
            />
          ))}
        </ul>
        <div className="mt-3">
          <WebcamPanel
            classes={project.classes.map((c, i) => ({ id: c.id, name: names[i]! }))}
            onCapture={(classId, frame) => {
              setActiveClassId(classId);
              void addBlobs(classId, [{ blob: frame, name: "webcam frame" }], "webcam");
            }}
            canPredict={(headKind === "knn" ? knnExamples.length > 0 : !!trainedUsable) && !!ready}
            onPredictFrame={predictFrame}
            stats={liveStats}
            frames={framesSeen}
          />
        </div>
        {storageMessage && (
          <p role="alert" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
            {storageMessage}
          </p>
        )}
      </section>

      <section className={PANEL} aria-labelledby="train-heading">
        <h2 id="train-heading" className="text-lg font-semibold">
          3. Train a head
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Nearest neighbours needs no training: a new photo takes the vote of the 3 training photos
          whose embeddings point the most the same way (cosine). The trained head is Teachable
          Machine&apos;s: dense(100, ReLU) → dense({names.length}) → softmax, Adam, batch 16, 15 %
          of each class held out for validation.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={BUTTON}
            onClick={() => void startTraining()}
            disabled={!!trainBlockedBy || training}
            aria-describedby="train-why"
          >
            Train
          </button>
          {training && (
            <button type="button" className={SECONDARY} onClick={() => trainRef.current?.stop()}>
              Stop
            </button>
          )}
          <CountInput
            label="Epochs"
            value={epochs}
            min={1}
            max={500}
            onChange={setEpochs}
            inputClassName="w-20 rounded-md border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          />
          <span
            id="train-why"
            className="text-sm text-slate-600 dark:text-slate-400"
            data-testid="train-why"
          >
            {trainBlockedBy ??
              (trainedStale ? "The classes changed since the head was trained: train again." : "")}
          </span>
        </div>
        {(history.length > 0 || training) && (
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            <TrainingChart history={history} epochs={epochs} />
            {trainedUsable && !training && (
              <div>
                <ConfusionMatrix
                  names={trainedUsable.names}
                  matrix={trainedUsable.head.confusion}
                />
                <p
                  className="mt-2 text-xs text-slate-600 dark:text-slate-400"
                  data-testid="train-summary"
                >
                  {trainedUsable.head.stopped ? "Stopped" : "Trained"} after{" "}
                  {trainedUsable.head.history.length} epochs in{" "}
                  {(trainedUsable.head.ms / 1000).toFixed(2)} s on{" "}
                  {trainedUsable.head.split.train.length} photos;{" "}
                  {trainedUsable.head.split.validation.length} held out.
                </p>
              </div>
            )}
          </div>
        )}
      </section>

      <section
        className={`${PANEL} ${dropZone?.kind === "classify" ? "outline-2 outline-offset-2 outline-(--color-accent) outline-dashed dark:outline-(--color-accent-dark)" : ""}`}
        aria-labelledby="predict-heading"
        data-drop-zone="classify"
      >
        <h2 id="predict-heading" className="text-lg font-semibold">
          4. Try it
        </h2>
        <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
          <fieldset className="flex gap-3">
            <legend className="sr-only">Head</legend>
            {(["knn", "trained"] as const).map((k) => (
              <label key={k} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="head"
                  value={k}
                  checked={headKind === k}
                  onChange={() => setHeadKind(k)}
                />
                {k === "knn" ? "Nearest neighbours" : "Trained head"}
              </label>
            ))}
          </fieldset>
          <label className="cursor-pointer rounded-lg border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 has-focus-visible:outline-2 dark:border-slate-700 dark:hover:bg-slate-800">
            Choose a photo to classify…
            <input
              type="file"
              accept="image/*"
              aria-label="Photo to classify"
              className="sr-only"
              disabled={!ready}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (f) void classifyPhoto(f);
              }}
            />
          </label>
          <span className="text-xs text-slate-600 dark:text-slate-400">or drop one here</span>
        </div>
        {queryError && (
          <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
            {queryError}
          </p>
        )}
        {query && (
          <div className="mt-4 grid gap-4 sm:grid-cols-[auto_1fr]">
            {query.thumbnail ? (
              <Thumb
                blob={query.thumbnail}
                alt={`The photo to classify: ${query.label}`}
                className="h-28 w-28 rounded-lg"
              />
            ) : (
              <span />
            )}
            <div className="space-y-3">
              {result ? (
                <PredictionList
                  names={result.names}
                  probabilities={result.probabilities}
                  colours={result.names.map((_, i) => colourOf(i))}
                />
              ) : (
                <p className="text-sm">
                  {headKind === "trained"
                    ? "Train the head first (section 3)."
                    : "Add photos to your classes first."}
                </p>
              )}
              {result && result.voters.length > 0 && (
                <div>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    The {result.voters.length} training photos that voted (cosine similarity):
                  </p>
                  <ul className="mt-1 flex gap-2" aria-label="Voting photos">
                    {result.voters.map((v) => {
                      const hit = photoById.get(v.id);
                      return (
                        <li key={v.id} className="text-center text-xs">
                          {hit && (
                            <Thumb
                              blob={hit.photo.thumbnail}
                              alt={`A ${names[v.classIndex]} training photo`}
                              className="h-14 w-14 rounded"
                            />
                          )}
                          <span className="block">
                            {names[v.classIndex]} · {v.similarity.toFixed(2)}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
              <p className="text-xs text-slate-500 dark:text-slate-400">
                Embedding {query.embedMs.toFixed(1)} ms ({option?.shortName}, WASM).
              </p>
            </div>
          </div>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={BUTTON}
            onClick={() => void exportOnnx()}
            disabled={!trainedUsable || exporting}
          >
            Export model (.onnx)
          </button>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {trainedUsable
              ? "One file: the backbone up to its features, your head and a softmax; the class names are in its metadata."
              : "Train the head to export it."}
          </span>
        </div>
      </section>

      {map && examples && (
        <section className={PANEL} aria-labelledby="why-heading">
          <h2 id="why-heading" className="text-lg font-semibold">
            5. Why it works
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Every photo is one point: its {ready?.width ?? ""}-value embedding squeezed onto the two
            directions along which the embeddings vary most (principal component analysis). Photos
            of one class that land together are what makes both heads work.
          </p>
          <div className="mt-3">
            <PcaMap
              map={map}
              labels={examples.labels}
              colours={names.map((_, i) => colourOf(i))}
              names={names}
            />
          </div>
        </section>
      )}

      <CompareBackbones
        backbones={usableBackbones}
        project={project}
        embed={embedRef}
        train={trainRef}
        epochs={epochs}
        disabledReason={blocker ?? (training ? "Training is running." : null)}
        currentId={backboneId}
        onEmbedding={(photoId, id, e) => setProject((p) => p && withEmbedding(p, photoId, id, e))}
        reopen={() => {
          const spec = modelSpecFor(backboneId);
          if (spec && embedRef.current)
            void embedRef.current.open(spec).then((info) => setBackbone({ status: "ready", info }));
        }}
      />

      <section className={PANEL} aria-labelledby="project-heading">
        <h2 id="project-heading" className="text-lg font-semibold">
          Your project
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          It stays in this browser (IndexedDB) across reloads. Save it as one file to move it or
          keep it.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={SECONDARY} onClick={() => void exportProject()}>
            Save project file
          </button>
          <label className={`${SECONDARY} cursor-pointer has-focus-visible:outline-2`}>
            Open project file…
            <input
              type="file"
              accept=".json,application/json"
              aria-label="Open a project file"
              className="sr-only"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (f) void importProject(f);
              }}
            />
          </label>
          <button
            type="button"
            className={SECONDARY}
            onClick={() => {
              setProject(emptyProject(backboneId));
              setTrained(null);
              setQuery(null);
              setHistory([]);
            }}
          >
            Start over
          </button>
        </div>
        {notice && (
          <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="teach-notice">
            {notice}
          </p>
        )}
      </section>
    </div>
  );
}
