import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build folder (NEXT_DIST_DIR) lets two builds of one checkout coexist, e.g. a test
  // run and a manual check; the default stays .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and driver modules stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@react-pdf/renderer"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
