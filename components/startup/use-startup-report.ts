"use client";

import { useState } from "react";
import type { WorkerStartupReport } from "@/lib/startup/waterfall";

/**
 * The startup report of the page's first prediction: it comes with the worker's first "prediction"
 * and again, with the warm-up, with its "result". Reports of a later worker (one started after a
 * crash) are ignored: the page's own moments belong to the first.
 */
export function useStartupReport(
  incoming: WorkerStartupReport | undefined,
): WorkerStartupReport | null {
  const [report, setReport] = useState<WorkerStartupReport | null>(null);
  if (incoming && incoming !== report && (!report || report.timeOrigin === incoming.timeOrigin))
    setReport(incoming);
  return incoming && incoming !== report && !report ? incoming : report;
}
