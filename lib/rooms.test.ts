import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/ is split into rooms, one per feature (lib/<room>/). ESLint's import/no-cycle guards files;
 * this guards rooms: if room A imports room B, B never imports A, directly or through others, so a
 * feature can be read, tested and moved on its own, and lib/inference never learns about a feature.
 */
const LIB = join(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function roomOf(file: string): string | null {
  const parts = relative(LIB, file).split("/");
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

/** room → the other rooms its files import (static, dynamic and type imports alike). */
function roomGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(LIB)) {
    const room = roomOf(file);
    if (!room) continue;
    const deps = graph.get(room) ?? new Set<string>();
    graph.set(room, deps);
    for (const [, dep] of readFileSync(file, "utf8").matchAll(/["']@\/lib\/([\w-]+)\//g))
      if (dep && dep !== room) deps.add(dep);
  }
  return graph;
}

/** One cycle as a path of rooms, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (room: string): string[] | null => {
    if (state.get(room) === "done") return null;
    if (state.get(room) === "open") return [...path.slice(path.indexOf(room)), room];
    state.set(room, "open");
    path.push(room);
    for (const dep of graph.get(room) ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(room, "done");
    return null;
  };
  for (const room of graph.keys()) {
    const cycle = visit(room);
    if (cycle) return cycle;
  }
  return null;
}

describe("lib/ rooms", () => {
  const graph = roomGraph();

  it("finds the rooms and their imports", () => {
    expect(graph.get("detect")).toContain("inference");
    expect(graph.get("teach")).toContain("inference");
  });

  it("has no cycle between rooms", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("keeps feature rooms out of lib/inference, which only holds what they share", () => {
    for (const feature of ["detect", "teach", "inside", "model-file", "layer-timing", "lab"])
      expect(graph.get("inference"), feature).not.toContain(feature);
  });

  it("would see a cycle", () => {
    const cyclic = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    expect(findCycle(cyclic)).toEqual(["a", "b", "c", "a"]);
  });
});
