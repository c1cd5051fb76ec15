"use client";

import { useEffect, useRef, useState } from "react";
import { snapshotVideo } from "@/components/ui/video-snapshot";

type CamState =
  | { readonly status: "unknown" | "none" | "available" | "live" }
  | { readonly status: "error"; readonly message: string };

/** A webcam snapshot, offered only where a camera exists; the stream stops as soon as the photo is taken. */
export function WebcamSnapshot({
  onImage,
  disabled,
}: {
  readonly onImage: (blob: Blob, name: string) => void;
  readonly disabled: boolean;
}) {
  const [cam, setCam] = useState<CamState>({ status: "unknown" });
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => {
    let alive = true;
    const devices = navigator.mediaDevices?.enumerateDevices?.();
    if (!devices) {
      queueMicrotask(() => setCam({ status: "none" }));
      return;
    }
    devices
      .then(
        (list) =>
          alive &&
          setCam({ status: list.some((d) => d.kind === "videoinput") ? "available" : "none" }),
      )
      .catch(() => alive && setCam({ status: "none" }));
    return () => {
      alive = false;
      stream.current?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  const stop = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
  };

  const start = async () => {
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment" },
      });
      setCam({ status: "live" });
      requestAnimationFrame(() => {
        if (video.current && stream.current) {
          video.current.srcObject = stream.current;
          void video.current.play();
        }
      });
    } catch (err) {
      setCam({
        status: "error",
        message: `The camera could not be opened (${(err as Error).name}).`,
      });
    }
  };

  const snap = () => {
    const photo = snapshotVideo(video.current, "image/png");
    if (!photo) return;
    void photo.then((blob) => blob && onImage(blob, "webcam snapshot"));
    stop();
    setCam({ status: "available" });
  };

  if (cam.status === "unknown" || cam.status === "none") return null;
  if (cam.status === "error")
    return <p className="text-sm text-amber-800 dark:text-amber-300">{cam.message}</p>;
  if (cam.status === "available")
    return (
      <button
        type="button"
        onClick={start}
        disabled={disabled}
        className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Use the webcam
      </button>
    );
  return (
    <div className="w-full">
      <video
        ref={video}
        muted
        playsInline
        className="mx-auto max-h-64 rounded-lg"
        aria-label="Webcam preview"
      />
      <div className="mt-2 flex justify-center gap-2">
        <button
          type="button"
          onClick={snap}
          className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-slate-900"
        >
          Take the snapshot
        </button>
        <button
          type="button"
          onClick={() => {
            stop();
            setCam({ status: "available" });
          }}
          className="rounded-lg border border-slate-300 px-4 py-2 text-sm dark:border-slate-700"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
