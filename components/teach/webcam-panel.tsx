"use client";

import { useEffect, useRef, useState } from "react";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { snapshotVideo } from "@/components/ui/video-snapshot";

type Cam =
  | { readonly status: "off" }
  | { readonly status: "starting" }
  | { readonly status: "live" }
  | { readonly status: "unavailable"; readonly message: string };

const BURST_INTERVAL_MS = 150;
const BURST_MAX = 60;

/**
 * The webcam: hold a class's button to record a burst of frames into it (pointer or Space/Enter),
 * and, once a head exists, predict live on every frame the backbone can keep up with.
 */
export function WebcamPanel({
  classes,
  onCapture,
  canPredict,
  onPredictFrame,
  stats,
  frames,
}: {
  readonly classes: readonly { readonly id: string; readonly name: string }[];
  readonly onCapture: (classId: string, frame: Blob) => void;
  readonly canPredict: boolean;
  /** Resolves when the frame's prediction is on screen; the next frame is taken after it. */
  readonly onPredictFrame: (frame: ImageBitmap) => Promise<void>;
  readonly stats: string | null;
  /** Frames predicted so far (for benchmarks and tests). */
  readonly frames: number;
}) {
  const [cam, setCam] = useState<Cam>({ status: "off" });
  const [recording, setRecording] = useState<{ classId: string; count: number } | null>(null);
  const [lastBurst, setLastBurst] = useState<{ name: string; count: number } | null>(null);
  const [predicting, setPredicting] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const burst = useRef<{
    timer: ReturnType<typeof setInterval>;
    classId: string;
    count: number;
  } | null>(null);
  const predictRef = useRef(onPredictFrame);
  useEffect(() => {
    predictRef.current = onPredictFrame;
  }, [onPredictFrame]);

  // The stream goes to the <video> once it is on the page.
  useEffect(() => {
    const v = video.current;
    if (cam.status !== "live" || !v || !stream.current) return;
    v.srcObject = stream.current;
    void v.play().catch(() => undefined);
  }, [cam.status]);

  useEffect(
    () => () => {
      stream.current?.getTracks().forEach((t) => t.stop());
      if (burst.current) clearInterval(burst.current.timer);
    },
    [],
  );

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCam({
        status: "unavailable",
        message: "This browser offers no camera here; add photos from files instead.",
      });
      return;
    }
    setCam({ status: "starting" });
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { width: 640, height: 480 },
      });
      setCam({ status: "live" });
    } catch (err) {
      const name = (err as Error).name;
      setCam({
        status: "unavailable",
        message:
          name === "NotAllowedError" || name === "SecurityError"
            ? "The camera was not allowed; photos from files, samples, drop and paste still work."
            : "No camera was found; photos from files, samples, drop and paste still work.",
      });
    }
  };

  const stop = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    setPredicting(false);
    setCam({ status: "off" });
  };

  const grab = () => {
    const classId = burst.current?.classId;
    const frame = snapshotVideo(video.current, "image/jpeg", 0.9);
    void frame?.then((b) => b && classId && onCapture(classId, b));
  };

  const startBurst = (classId: string) => {
    if (burst.current) return;
    const tick = () => {
      const b = burst.current;
      if (!b) return;
      if (b.count >= BURST_MAX) return endBurst();
      grab();
      b.count += 1;
      setRecording({ classId, count: b.count });
    };
    burst.current = { timer: setInterval(tick, BURST_INTERVAL_MS), classId, count: 0 };
    tick();
  };

  const endBurst = () => {
    const b = burst.current;
    if (!b) return;
    clearInterval(b.timer);
    burst.current = null;
    const name = classes.find((c) => c.id === b.classId)?.name ?? "";
    setLastBurst({ name, count: b.count });
    setRecording(null);
  };

  useEffect(() => {
    if (!predicting) return;
    let alive = true;
    void (async () => {
      while (alive) {
        const v = video.current;
        if (!v || v.videoWidth === 0) {
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const frame = await createImageBitmap(v);
        try {
          await predictRef.current(frame);
        } catch {
          alive = false;
        }
      }
    })();
    return () => {
      alive = false;
    };
  }, [predicting]);

  if (cam.status === "off" || cam.status === "starting")
    return (
      <button
        type="button"
        onClick={() => void start()}
        disabled={cam.status === "starting"}
        className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {cam.status === "starting" ? "Opening the camera…" : "Use the webcam"}
      </button>
    );
  if (cam.status === "unavailable")
    return (
      <p
        role="alert"
        className="text-sm text-amber-800 dark:text-amber-300"
        data-testid="webcam-message"
      >
        {cam.message}
      </p>
    );
  return (
    <div className="space-y-2">
      <video
        ref={video}
        muted
        playsInline
        aria-label="Webcam preview"
        className="max-h-60 rounded-lg bg-black"
      />
      <div className="flex flex-wrap gap-2 text-sm">
        {classes.map((c) => (
          <button
            key={c.id}
            type="button"
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              startBurst(c.id);
            }}
            onPointerUp={endBurst}
            onPointerCancel={endBurst}
            onKeyDown={(e) => {
              if ((e.key === " " || e.key === "Enter") && !e.repeat) {
                e.preventDefault();
                startBurst(c.id);
              }
            }}
            onKeyUp={(e) => {
              if (e.key === " " || e.key === "Enter") endBurst();
            }}
            onBlur={endBurst}
            className={`rounded-lg px-3 py-1.5 font-medium select-none ${recording?.classId === c.id ? "bg-red-700 text-white" : "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
          >
            Hold to record {c.name}
          </button>
        ))}
        <button
          type="button"
          onClick={stop}
          className="rounded-lg px-3 py-1.5 text-slate-600 underline dark:text-slate-400"
        >
          Stop the camera
        </button>
      </div>
      <p
        aria-live="polite"
        className="text-sm text-slate-600 dark:text-slate-400"
        data-testid="burst-status"
      >
        {recording
          ? `Recording: ${recording.count} frame${recording.count === 1 ? "" : "s"}…`
          : lastBurst
            ? `Recorded ${lastBurst.count} frame${lastBurst.count === 1 ? "" : "s"} into ${lastBurst.name}.`
            : "Hold a button to record a burst of frames into that class."}
      </p>
      <CheckboxLabel checked={predicting} disabled={!canPredict} onChange={setPredicting}>
        Predict live from the webcam{canPredict ? "" : " (add photos to two classes first)"}
      </CheckboxLabel>
      {predicting && stats && (
        <p
          className="font-mono text-xs text-slate-600 dark:text-slate-400"
          data-testid="live-stats"
          data-frames={frames}
        >
          {stats}
        </p>
      )}
    </div>
  );
}
