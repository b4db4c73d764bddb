// Captures docs/screenshot.png (the README's picture) from a running server: BASE_URL, default :3000.
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL || "http://127.0.0.1:3000";
const path = process.argv[2] || "/";
const out = process.argv[3] || "docs/screenshot.png";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.emulateMedia({ reducedMotion: "reduce" });
await page.goto(base + path, { waitUntil: "load" });
if (process.env.WAIT_MS) await page.waitForTimeout(Number(process.env.WAIT_MS));
await page.screenshot({ path: out, fullPage: !!process.env.FULL_PAGE });
await browser.close();
console.log(`wrote ${out}`);
