import { describe, expect, test } from "vitest";
import { SECURITY_HEADERS, contentSecurityPolicy } from "./security-headers.mjs";
import { netlifyHeaders, serveJson, vercelJson } from "./static-host-files.mjs";

describe("security headers", () => {
  test("the CSP allows WebAssembly without allowing eval, and locks down objects, framing and base", () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/huggingface\.co/);
  });

  test("camera on this origin only; COOP/COEP for threads", () => {
    const byKey = new Map(SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(byKey.get("Permissions-Policy")).toMatch(/^camera=\(self\)/);
    expect(byKey.get("Permissions-Policy")).toContain("microphone=()");
    expect(byKey.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(byKey.get("Cross-Origin-Embedder-Policy")).toBe("require-corp");
    expect(byKey.get("X-Content-Type-Options")).toBe("nosniff");
    expect(byKey.get("Referrer-Policy")).toBe("no-referrer");
  });
});

describe("static host files carry every header unchanged", () => {
  test("_headers: one rule for every path, one line per header", () => {
    const lines = netlifyHeaders(SECURITY_HEADERS).split("\n");
    expect(lines[0]).toBe("/*");
    for (const { key, value } of SECURITY_HEADERS) expect(lines).toContain(`  ${key}: ${value}`);
  });

  test.each([
    ["vercel.json", vercelJson, "/(.*)"],
    ["serve.json", serveJson, "**"],
  ] as const)("%s: clean URLs and the headers on every source", (_name, make, source) => {
    const config = JSON.parse(make(SECURITY_HEADERS)) as {
      cleanUrls: boolean;
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(config.cleanUrls).toBe(true);
    expect(config.headers).toEqual([{ source, headers: SECURITY_HEADERS.map((h) => ({ ...h })) }]);
  });
});
