import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// The layers (ARCHITECTURE.md "Layers"): lint stops a change that crosses one.
//   lib/formats  <-  lib/engine  <-  lib/db, lib/commands, lib/planning, lib/view, …  <-  lib/server-actions, components  <-  app
// Package imports the pure layers must not use; relative and "@/" imports are checked by path below.
const NOT_PURE = [
  "react",
  "react-dom",
  "react/*",
  "react-dom/*",
  "next",
  "next/*",
  "@prisma/*",
  "better-auth",
  "better-auth/*",
  "pg",
  "better-sqlite3",
  "server-only",
];
const APP_CODE = [
  "./app",
  "./components",
  "./lib/server-actions",
  "./lib/commands",
  "./lib/db",
  "./lib/auth",
  "./lib/planning",
  "./lib/view",
  "./lib/http",
  "./lib/actions",
  "./lib/print",
  "./lib/security",
  "./proxy.ts",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "reports/**",
      ".stryker-tmp/**",
      ".tmp/**",
    ],
  },
  {
    plugins: { "import-x": importX },
    settings: {
      // no-cycle follows only files with these extensions, parsed by the TypeScript parser.
      "import-x/extensions": [".ts", ".tsx", ".js", ".jsx", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json", alwaysTryTypes: true })],
    },
    rules: {
      // Runtime cycles only: `import type` is erased by the compiler, so a type-only loop would not be
      // reported (the one between lib/engine/runbooks/context.ts and single-server.ts is gone).
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/engine",
              from: APP_CODE,
              message: "The engine is pure: no store, auth, app or view code (ARCHITECTURE.md, Layers).",
            },
            {
              target: "./lib/formats",
              from: [...APP_CODE, "./lib/engine"],
              message: "The formats are the bottom layer: no engine, store, auth, app or view code.",
            },
            {
              target: "./lib/view",
              from: ["./app", "./components", "./lib/server-actions", "./lib/db", "./lib/auth", "./lib/planning"],
              message: "View models are pure: they take loaded data, never load it (loaders live in lib/planning and lib/db).",
            },
            {
              target: "./components",
              from: "./app",
              message: "Components never import from app/: server actions live in lib/server-actions, view data in lib/view.",
            },
            { target: "./lib", from: "./app", message: "lib/ never imports from app/." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/engine/**", "lib/formats/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: NOT_PURE,
              message: "lib/engine and lib/formats are pure TypeScript: no React, Next, Prisma, database or auth packages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.name='prisma']",
          message: "No database queries in app/: reads go through lib/db query functions or lib/view loaders, writes through lib/commands.",
        },
      ],
    },
  },
];

export default config;
