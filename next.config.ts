import type { NextConfig } from "next";
import { contentSecurityPolicy, staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // A separate build folder (NEXT_DIST_DIR) lets two builds of one checkout coexist, e.g. a test
  // run and a manual check; the default stays .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and driver modules stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@react-pdf/renderer"],
  poweredByHeader: false,
  // npm test type-checks the whole checkout first, then builds for the browser tests without
  // checking again (scripts/build.mjs --skip-typecheck); every other build checks the types.
  typescript: { ignoreBuildErrors: process.env.PLANNER_BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Security headers on every route (issue #7). The CSP here allows no inline script at all; on
  // everything proxy.ts matches (pages, API routes, downloads) proxy.ts replaces it with the same
  // policy plus a per-request nonce for Next's inline bootstrap scripts.
  async headers() {
    const dev = process.env.NODE_ENV === "development";
    return [
      {
        source: "/:path*",
        headers: [...staticSecurityHeaders, { key: "Content-Security-Policy", value: contentSecurityPolicy(null, { dev }) }],
      },
    ];
  },
};

export default nextConfig;
