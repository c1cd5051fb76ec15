import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** The pure core (lib/, except lib/inference which talks to onnxruntime-web) never imports UI or I/O. */
const PURE_CORE_BANNED = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/ is pure: no React." },
  { group: ["next", "next/*"], message: "lib/ is pure: no Next.js." },
  {
    group: ["d3-selection", "d3-transition"],
    message: "lib/ is pure: DOM-driving d3 belongs in components/.",
  },
  { group: ["@/components/*", "@/app/*"], message: "lib/ never imports from components/ or app/." },
  {
    group: ["node:*", "fs", "path", "child_process"],
    message: "lib/ is pure: no Node I/O (scripts/ and tests may).",
  },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "out/**",
      "public/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: [
      "lib/**/*.test.ts",
      "lib/test-support/**",
      "lib/inference/**",
      "lib/onnx/**",
      "lib/lab/**",
      "lib/**/*.worker.ts",
      "lib/**/*client.ts",
    ],
    rules: {
      "no-restricted-imports": ["error", { patterns: PURE_CORE_BANNED }],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "localStorage",
        "fetch",
      ],
    },
  },
  {
    // No import cycle in lib/: rooms depend one way (features on lib/inference, never back).
    files: ["lib/**/*.ts"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // A room's shell: its worker and client talk to the browser (fetch, navigator, Worker) but
    // still never import React or UI.
    files: [
      "lib/inference/**/*.ts",
      "lib/onnx/**/*.ts",
      "lib/lab/**/*.ts",
      "lib/**/*.worker.ts",
      "lib/**/*client.ts",
    ],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: PURE_CORE_BANNED.filter((p) => !p.group.includes("node:*")) },
      ],
    },
  },
];

export default config;
