"use client";

import type { TeachClass } from "@/lib/teach/project";
import { Thumb } from "./thumb";
import type { SampleOption } from "./types";

const SHOWN = 24;

/** One class: its name, every way to add photos, its thumbnails (each deletable), and delete. */
export function ClassCard({
  cls,
  index,
  colour,
  samples,
  busy,
  message,
  canDelete,
  isTarget,
  dropOver,
  onTouch,
  onRename,
  onDelete,
  onFiles,
  onSample,
  onDeletePhoto,
}: {
  readonly cls: TeachClass;
  readonly index: number;
  readonly colour: string;
  readonly samples: readonly SampleOption[];
  readonly busy: number;
  readonly message: string | null;
  readonly canDelete: boolean;
  /** Drops and pastes elsewhere on the page go to this class (the one last worked on). */
  readonly isTarget: boolean;
  /** Files are being dragged over this card right now. */
  readonly dropOver: boolean;
  /** The user worked in this card (a click, a key, focus): it becomes the drop and paste target. */
  readonly onTouch: () => void;
  readonly onRename: (name: string) => void;
  readonly onDelete: () => void;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onSample: (sample: SampleOption) => void;
  readonly onDeletePhoto: (photoId: string) => void;
}) {
  const label = cls.name.trim() || `class ${index + 1}`;
  const border = dropOver
    ? "border-dashed border-(--color-accent) bg-(--color-accent)/5 dark:border-(--color-accent-dark)"
    : isTarget
      ? "border-slate-400 dark:border-slate-500"
      : "border-slate-200 dark:border-slate-800";
  return (
    <li
      className={`min-w-0 rounded-xl border-2 p-3 ${border}`}
      data-testid="teach-class"
      data-drop-zone={`class:${cls.id}`}
      onPointerDown={onTouch}
      onFocus={onTouch}
    >
      <div className="flex items-center gap-2">
        <span
          aria-hidden
          className="h-3 w-3 shrink-0 rounded-full"
          style={{ background: colour }}
        />
        <input
          type="text"
          aria-label="Class name"
          value={cls.name}
          maxLength={40}
          onChange={(e) => onRename(e.currentTarget.value)}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 font-medium dark:border-slate-700 dark:bg-slate-900"
        />
        <span
          className="text-sm text-slate-600 tabular-nums dark:text-slate-400"
          data-testid="photo-count"
        >
          {cls.photos.length} photo{cls.photos.length === 1 ? "" : "s"}
        </span>
        <button
          type="button"
          onClick={onDelete}
          disabled={!canDelete}
          aria-label={`Delete class ${label}`}
          title={canDelete ? `Delete ${label}` : "A project keeps at least one class"}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-red-50 hover:text-red-800 disabled:opacity-40 dark:text-slate-400 dark:hover:bg-red-950"
        >
          Delete
        </button>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <label className="cursor-pointer rounded-lg bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 has-focus-visible:outline-2 dark:bg-white dark:text-slate-900">
          Add photos…
          <input
            type="file"
            accept="image/*"
            multiple
            aria-label={`Add photos to ${cls.name}`}
            className="sr-only"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = "";
              if (files.length) onFiles(files);
            }}
          />
        </label>
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="drop-hint">
          {isTarget ? "Drops and pastes anywhere go here" : "or drop photos here"}
        </span>
        {busy > 0 && (
          <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
            Adding {busy}…
          </span>
        )}
      </div>
      {samples.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
            From the sample photos
          </summary>
          <div className="mt-2 flex flex-wrap gap-2">
            {samples.map((s) => (
              <button
                key={s.src}
                type="button"
                onClick={() => onSample(s)}
                aria-label={`Add the sample “${s.caption}” to ${label}`}
                className="overflow-hidden rounded-md border border-slate-300 hover:border-slate-500 dark:border-slate-700"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- a small static sample */}
                <img src={s.src} alt="" className="h-12 w-12 object-cover" />
              </button>
            ))}
          </div>
        </details>
      )}
      {message && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {message}
        </p>
      )}
      {cls.photos.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={`Photos of ${label}`}>
          {cls.photos.slice(-SHOWN).map((p, i) => (
            <li key={p.id} className="group relative">
              <Thumb
                blob={p.thumbnail}
                alt={`${label} photo ${cls.photos.length - Math.min(SHOWN, cls.photos.length) + i + 1}`}
                className="h-12 w-12 rounded"
              />
              <button
                type="button"
                onClick={() => onDeletePhoto(p.id)}
                aria-label={`Delete ${label} photo ${cls.photos.length - Math.min(SHOWN, cls.photos.length) + i + 1}`}
                className="absolute -top-1 -right-1 hidden h-5 w-5 rounded-full bg-slate-900 text-xs leading-5 text-white group-focus-within:block group-hover:block dark:bg-white dark:text-slate-900"
              >
                ×
              </button>
            </li>
          ))}
          {cls.photos.length > SHOWN && (
            <li className="self-center text-xs text-slate-500 dark:text-slate-400">
              +{cls.photos.length - SHOWN} more
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
