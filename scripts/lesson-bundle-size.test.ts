import { expect, test } from "vitest";
import { firstLoadScripts } from "./lesson-bundle-size";

test("first-load scripts: every same-origin script src and preload, each once, never noModule", () => {
  const html =
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
    '<script src="/_next/static/chunks/a.js" async=""></script>' +
    '<script src="/_next/static/chunks/b.js" async=""></script>' +
    "<script>self.__next_f.push([1])</script>" +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
    '<link rel="stylesheet" href="/_next/static/chunks/c.css"/>' +
    '<script src="https://elsewhere.example/x.js"></script>';
  expect(firstLoadScripts(html).sort()).toEqual([
    "/_next/static/chunks/a.js",
    "/_next/static/chunks/b.js",
  ]);
});
