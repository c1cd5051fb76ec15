/* eslint-disable @next/next/no-img-element -- a local object URL, no optimisation server needed */
"use client";

import { useEffect, useRef } from "react";

/** A kept JPEG thumbnail, shown from an object URL that is revoked when it leaves the page. */
export function Thumb({
  blob,
  alt,
  className = "",
}: {
  readonly blob: Blob;
  readonly alt: string;
  readonly className?: string;
}) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (img.current) img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return (
    <img
      ref={img}
      alt={alt}
      className={`bg-slate-200 object-cover dark:bg-slate-800 ${className}`}
    />
  );
}
