import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        That page does not exist. The lessons and tools are all one click away.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-slate-900 px-4 py-2 text-white dark:bg-white dark:text-slate-900"
      >
        Back to the start
      </Link>
    </div>
  );
}
