import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

function runCosts(...args: string[]) {
  return spawnSync(TSX, ["scripts/costs.ts", ...args], { cwd: REPO_ROOT, encoding: "utf8" });
}

describe("scripts/costs.ts", () => {
  it("costs v1 --json prints the engine's exact totals and 28 layers", () => {
    const run = runCosts("v1", "--json");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      model: string;
      alpha: number;
      resolution: number;
      params: number;
      bnParams: number;
      macs: number;
      layers: { path: string; macs: number }[];
    };
    expect(out).toMatchObject({
      model: "v1",
      alpha: 1,
      resolution: 224,
      params: 4_210_088,
      bnParams: 21_888,
      macs: 568_740_352,
    });
    expect(out.layers).toHaveLength(28);
    expect(out.layers.reduce((s, l) => s + l.macs, 0)).toBe(568_740_352);
  });

  it("costs v2 --alpha 0.5 --resolution 160 prints a table with totals", () => {
    const run = runCosts("v2", "--alpha", "0.5", "--resolution", "160");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("block17/project");
    expect(run.stdout).toMatch(/MACs\s+[\d,]+/);
  });

  it("costs v2 --alpha 9 exits 2 with one line on stderr", () => {
    const run = runCosts("v2", "--alpha", "9");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("costs:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("α");
  });

  it("costs v9 exits 2 naming the unknown model", () => {
    const run = runCosts("v9");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown model "v9"');
  });
});
