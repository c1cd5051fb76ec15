"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { DetectClient } from "@/lib/detect/detect-client";
import type { DetectResult } from "@/lib/detect/protocol";
import type { BackendChoice } from "@/lib/inference/protocol";

export type LiveStatus = "off" | "starting" | "running" | "error";

export interface LiveStats {
  /** Frames the model has answered since the start. */
  readonly frames: number;
  /** Camera frames skipped because the model was still busy (never queued). */
  readonly dropped: number;
  /** Answered frames per second over the last few frames. */
  readonly fps: number;
  /** Preprocess + run + postprocess of the latest frame, in the worker. */
  readonly msPerFrame: number;
}

const NO_STATS: LiveStats = { frames: 0, dropped: 0, fps: 0, msPerFrame: 0 };
const FPS_WINDOW = 10;

/**
 * The live webcam loop: at most one frame in flight. Each animation frame with a new video frame
 * either sends it (as a transferred ImageBitmap) or, while the worker is busy, counts it as dropped,
 * so a slow device shows fewer answers, never a growing queue. Stop ends the loop, the camera and
 * the stream at once; a frame still in flight is ignored when it comes back.
 */
export function useLiveDetect(
  client: DetectClient | null,
  modelId: string,
  backend: BackendChoice,
  video: HTMLVideoElement | null,
) {
  const [status, setStatus] = useState<LiveStatus>("off");
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DetectResult | null>(null);
  const [stats, setStats] = useState<LiveStats>(NO_STATS);
  const session = useRef(0);
  const stream = useRef<MediaStream | null>(null);
  const params = useRef({ modelId, backend });
  const videoRef = useRef<HTMLVideoElement | null>(null);
  useEffect(() => {
    params.current = { modelId, backend };
    videoRef.current = video;
  }, [modelId, backend, video]);

  const stop = useCallback(() => {
    session.current += 1; // the running loop and any frame in flight see they are stale
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    const v = videoRef.current;
    if (v) v.srcObject = null;
    setStatus((s) => (s === "error" ? s : "off"));
  }, []);

  // Leaving the page (or the video element going away) ends the camera.
  useEffect(() => stop, [stop]);

  const start = useCallback(async () => {
    if (!client) return;
    const mine = ++session.current;
    setStatus("starting");
    setError(null);
    setResult(null);
    setStats(NO_STATS);
    let media: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("", "NotFoundError");
      media = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 } },
        audio: false,
      });
    } catch (err) {
      const name = (err as Error).name;
      setError(
        name === "NotAllowedError"
          ? "The camera was not allowed. Allow it in the browser's site settings, or pick a photo instead."
          : name === "NotFoundError" || name === "OverconstrainedError"
            ? "No camera was found on this device. Pick a photo instead."
            : `The camera could not be opened (${name}).`,
      );
      setStatus("error");
      return;
    }
    if (mine !== session.current) {
      media.getTracks().forEach((t) => t.stop());
      return;
    }
    stream.current = media;
    const v = videoRef.current;
    if (!v) return;
    v.srcObject = media;
    await v.play().catch(() => undefined);
    setStatus("running");
    let busy = false;
    let lastVideoTime = -1;
    let frames = 0;
    let dropped = 0;
    const answered: number[] = [];
    const tick = () => {
      if (mine !== session.current) return;
      requestAnimationFrame(tick);
      if (v.readyState < 2 || v.currentTime === lastVideoTime) return;
      lastVideoTime = v.currentTime;
      if (busy) {
        dropped += 1;
        return;
      }
      busy = true;
      void createImageBitmap(v)
        .then((bitmap) => client.frame(params.current.modelId, params.current.backend, bitmap))
        .then((r) => {
          if (mine !== session.current) return;
          frames += 1;
          answered.push(performance.now());
          if (answered.length > FPS_WINDOW) answered.shift();
          const span = (answered.at(-1) ?? 0) - (answered[0] ?? 0);
          setResult(r);
          setStats({
            frames,
            dropped,
            fps: answered.length > 1 && span > 0 ? ((answered.length - 1) * 1000) / span : 0,
            msPerFrame: r.preprocessMs + r.inferenceMs + r.postprocessMs,
          });
        })
        .catch((err: unknown) => {
          if (mine !== session.current) return;
          setError((err as Error).message);
          stop();
          setStatus("error");
        })
        .finally(() => {
          busy = false;
        });
    };
    requestAnimationFrame(tick);
  }, [client, stop]);

  return { status, error, result, stats, start, stop };
}
