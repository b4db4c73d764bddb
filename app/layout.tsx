import type { Metadata } from "next";
import "./globals.css";
import { AppHeader } from "@/components/shell/app-header";

export const metadata: Metadata = {
  title: { default: "OCS 2007 R2 Backup Planner", template: "%s · OCS Backup Planner" },
  description: "Plan backup and restore for Office Communications Server 2007 R2 deployments.",
};

// Every page reads the planner's database, so nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <AppHeader />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
