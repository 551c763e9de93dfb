// Drives a written ggegraph report in headless Chromium, as a reader would.
// Usage: node report.test.mjs REPORT_DIR [SCREENSHOT_DIR]
// Uses Debian's Chromium (CHROMIUM, default /usr/bin/chromium) through playwright-core, and
// axe-core injected from node_modules: nothing is downloaded, no page leaves the machine.
// Prints one line per check and a closing "N passed, N failed"; exits 1 on any failure.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = path.resolve(process.argv[2] || "output");
const shots = process.argv[3] ? path.resolve(process.argv[3]) : null;
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const url = (rel) => pathToFileURL(path.join(dir, rel)).href;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED - ${name}: ${e && e.message ? e.message : e}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// Nothing may be fetched from off the machine.
const remote = [];
await context.route(/^(https?|wss?):/, (route) => {
  remote.push(route.request().url());
  return route.abort();
});
const page = await context.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => {
  if (m.type() === "error") errors.push(m.text());
});

await check("index.html opens without script errors", async () => {
  await page.goto(url("index.html"));
  await page.waitForSelector("form.search:not([hidden])", { timeout: 10000 });
  assert(errors.length === 0, `errors: ${errors.join("; ")}`);
});

if (process.env.GGEGRAPH_EXPECT_VOTES === "1") {
  await check("the Votes section shows the roll calls (73/27: 119 in favour)", async () => {
    await page.goto(url("index.html") + "#votes");
    const section = page.locator("#votes");
    assert(await section.isVisible(), "no visible #votes section");
    const text = await section.innerText();
    assert(text.includes("73/27"), "73/27 not in the Votes section");
    assert(text.includes("119"), "its 119 votes in favour not shown");
    assert(!text.includes("No recorded votes"), "the section says there are no votes");
  });
  await check("the Votes section draws the states by their votes on 73/27 and 73/266", async () => {
    await page.goto(url("index.html") + "#votes");
    const figure = page.locator("#votes figure.diagram svg").first();
    await figure.scrollIntoViewIfNeeded();
    assert(await figure.isVisible(), "no visible votes diagram");
    const caption = await page.locator("#votes figure.diagram figcaption").first().innerText();
    assert(caption.startsWith("votes"), `figure is ${caption}`);
    // Every state is a node that opens its page; RUS and USA sit in different columns.
    const rus = page.locator("#votes figure.diagram svg a[href='states/RUS.html']").first();
    const usa = page.locator("#votes figure.diagram svg a[href='states/USA.html']").first();
    const [r, u] = [await rus.boundingBox(), await usa.boundingBox()];
    assert(r && u, "RUS or USA not drawn");
    assert(r.x < u.x, `RUS (yes on 73/27) not left of USA (no): ${r.x} ${u.x}`);
    await rus.click();
    await page.waitForLoadState("load");
    assert(page.url().endsWith("/states/RUS.html"), `landed on ${page.url()}`);
  });
}

await check('search finds "Mauritius" and opens its page', async () => {
  await page.goto(url("index.html"));
  await page.fill("#q", "Mauriti");
  const hit = page.locator("#q-results a", { hasText: "Mauritius" }).first();
  await hit.waitFor({ timeout: 5000 });
  await hit.click();
  await page.waitForLoadState("load");
  assert(page.url().endsWith("/states/MUS.html"), `landed on ${page.url()}`);
  const h1 = await page.textContent("h1");
  assert(h1.includes("Mauritius"), `heading ${h1}`);
  const groups = await page.locator("#groups table tbody tr").count();
  assert(groups >= 1, "Mauritius's page lists no group");
});

await check("a table sorts when its header is clicked", async () => {
  await page.goto(url("states.html"));
  const column = async () =>
    page.$$eval("table.states tbody tr", (rows) => rows.map((r) => r.cells[0].textContent.trim()));
  const header = page.locator("table.states th button", { hasText: "State" });
  await header.click();
  const asc = await column();
  const sorted = [...asc].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  assert(JSON.stringify(asc) === JSON.stringify(sorted), `not ascending: ${asc.slice(0, 5)}`);
  await header.click();
  const desc = await column();
  assert(JSON.stringify(desc) === JSON.stringify([...sorted].reverse()), "not descending");
  const sortState = await page.getAttribute("table.states th:first-child", "aria-sort");
  assert(sortState === "descending", `aria-sort ${sortState}`);
  // Numbers sort as numbers: the groups column, descending, starts with the largest.
  const groups = page.locator("table.states th button", { hasText: "Groups" });
  await groups.click();
  await groups.click();
  const counts = await page.$$eval("table.states tbody tr", (rows) => rows.map((r) => Number(r.cells[3].textContent)));
  assert(counts.every((v, i) => i === 0 || counts[i - 1] >= v), `groups not descending: ${counts.slice(0, 8)}`);
});

await check("a table filters its rows", async () => {
  await page.goto(url("states.html"));
  await page.fill("input.filter", "WEOG");
  const visible = await page.$$eval("table.states tbody tr", (rows) => rows.filter((r) => !r.hidden).map((r) => r.cells[2].textContent));
  assert(visible.length > 0 && visible.every((r) => r.includes("WEOG")), `rows: ${visible}`);
});

await check("a diagram node click lands on its state page", async () => {
  await page.goto(url("index.html"));
  const node = page.locator("#groups svg.matrix a[href='states/BRA.html']").first();
  await node.scrollIntoViewIfNeeded();
  await node.click();
  await page.waitForLoadState("load");
  assert(page.url().endsWith("/states/BRA.html"), `landed on ${page.url()}`);
  // A Graphviz diagram's node links too.
  await page.goto(url("index.html"));
  const gv = page.locator("figure.diagram a[href^='groups/']").first();
  await gv.scrollIntoViewIfNeeded();
  await gv.click({ force: true });
  await page.waitForLoadState("load");
  assert(/\/groups\/[^/]+\.html$/.test(page.url()), `landed on ${page.url()}`);
});

await check("a fact links to its line in the source document", async () => {
  await page.goto(url("states/MUS.html"));
  const place = page.locator("#groups td a[href*='../sources/']").first();
  await place.click();
  await page.waitForLoadState("load");
  const target = await page.evaluate(() => {
    const t = document.querySelector(":target");
    return t ? t.textContent : null;
  });
  assert(target && target.includes("Mauritius"), `target line: ${target}`);
});

async function axe(rel) {
  await page.goto(url(rel));
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      sample: v.nodes.slice(0, 2).map((n) => n.target.join(" ")),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

for (const rel of ["index.html", "states/MUS.html", "states.html", "resolutions.html"]) {
  await check(`axe-core: no serious or critical violation on ${rel}`, async () => {
    const bad = await axe(rel);
    assert(bad.length === 0, JSON.stringify(bad));
  });
}

await check("axe-core: no serious or critical violation on a source, facts and group page", async () => {
  for (const sel of ["section#documents a[href^='sources/']", "section#appendix a[href^='facts/']", "section#browse a[href^='groups/']"]) {
    await page.goto(url("index.html"));
    const href = await page.getAttribute(sel, "href");
    const bad = await axe(href);
    assert(bad.length === 0, `${href}: ${JSON.stringify(bad)}`);
  }
});

await check("a 390 px wide phone screen does not scroll sideways", async () => {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  for (const rel of ["index.html", "states/MUS.html", "states.html"]) {
    await phone.goto(url(rel));
    const { scroll, client } = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert(scroll <= client, `${rel}: scrollWidth ${scroll} > ${client}`);
  }
  await phone.goto(url("index.html"));
  const shot = await phone.screenshot({ fullPage: false, path: shots ? path.join(shots, "phone-390.png") : undefined });
  assert(shot.length > 10000, "empty screenshot");
  await phone.close();
});

await check("no request left the machine", async () => {
  assert(remote.length === 0, remote.join(", "));
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
