// Times how long headless Chromium (Debian's /usr/bin/chromium, through the playwright-core
// of tests/browser) takes to open a page until its load event, and until it is painted.
// Usage: node bench/open-time.mjs FILE.html [RUNS]   (run `npm ci` in tests/browser first)
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "tests", "browser", "package.json"));
const { chromium } = require("playwright-core");
const file = path.resolve(process.argv[2]);
const runs = Number(process.argv[3] || 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const start = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 600000 });
  // One animation frame after load: the first screen is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  times.push(performance.now() - start);
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`open ${path.basename(file)}: median ${(median / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)}, max ${(times[times.length - 1] / 1000).toFixed(2)}, n=${runs})`);
