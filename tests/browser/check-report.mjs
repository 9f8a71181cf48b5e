// Checks a claimtagger HTML report in a real browser: headless Chromium from the system (/usr/bin/chromium),
// driven by playwright-core. Prints one "ok - ..." or "not ok - ..." line per check and exits non-zero if any failed.
//
//   node check-report.mjs --report report.html --expect expected.json --screenshot report.png
//        [--mobile-screenshot mobile.png] [--hostile hostile.html] [--multi multi.html]
//        [--terminal table.ansi --terminal-screenshot table.png]
//
// expected.json: [{ "tag": "d1-t0", "label": "Claim", "rule": "claim.said-that", "source": "Maria Santos" }, ...]
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

let passed = 0, failed = 0, context = null;
function check(name, ok, detail = "") {
  if (ok) { passed++; console.log(`ok - ${name}`); }
  else { failed++; console.log(`not ok - ${name}${detail ? ": " + detail : ""}`); }
}

async function open(file, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = [];
  page.on("pageerror", e => problems.push("page error: " + e.message));
  page.on("console", m => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  page.on("dialog", d => { problems.push("dialog: " + d.message()); d.dismiss(); });
  page.on("request", r => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) problems.push("network request: " + r.url()); });
  await page.goto(pathToFileURL(resolve(file)).href);
  return { page, problems };
}

// The box of an element's first line (a highlight over two lines has a bounding box wider than either line).
const firstLine = locator => locator.evaluate(e => { const r = e.getClientRects()[0]; return { x: r.left, y: r.top, width: r.width, height: r.height }; });

const style = (page, selector, property) =>
  page.$$eval(selector, (els, p) => els.map(e => getComputedStyle(e).getPropertyValue(p)), property);
const transparent = c => c === "rgba(0, 0, 0, 0)" || c === "transparent";

async function checkReport() {
  const expected = JSON.parse(readFileSync(args.expect, "utf8"));
  const { page, problems } = await open(args.report);

  check("the report's script ran (legend moved to the top)",
    await page.evaluate(() => document.body.firstElementChild && document.body.firstElementChild.id === "topbar"));

  // Every tag is a highlighted element with the right label and rule.
  for (const tag of expected) {
    const found = await page.$$eval(`mark.hl[data-tag="${tag.tag}"]`, els => els.map(e => ({
      label: e.dataset.label, rule: e.dataset.rule, source: e.dataset.source ?? null,
      background: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderBottomColor,
      visible: e.getClientRects().length > 0,
    })));
    const ok = found.length > 0 && found.every(f => f.label === tag.label && f.rule === tag.rule
      && (tag.source ?? null) === f.source && !transparent(f.background) && !transparent(f.border) && f.visible);
    check(`tag ${tag.tag} is highlighted as ${tag.label} (${tag.rule})`, ok, JSON.stringify(found));
  }
  const markCount = await page.$$eval("mark.hl", els => new Set(els.map(e => e.dataset.tag)).size);
  check("no highlight without a tag", markCount === expected.length, `${markCount} tagged elements, ${expected.length} tags`);

  // Each label has its own colour.
  const labels = [...new Set(expected.map(t => t.label))];
  const colours = [];
  for (const label of labels) colours.push((await style(page, `mark.hl[data-label="${label}"]`, "border-bottom-color"))[0]);
  check("one colour per label", new Set(colours).size === labels.length, JSON.stringify(colours));

  // The legend's checkboxes hide and show each label's highlights.
  for (const label of labels) {
    const box = page.locator(`.legend input[data-label="${label}"]`);
    await box.uncheck();
    const hidden = await style(page, `mark.hl[data-label="${label}"]`, "background-color");
    const hiddenBorder = await style(page, `mark.hl[data-label="${label}"]`, "border-bottom-color");
    const others = await page.$$eval(`mark.hl:not([data-label="${label}"])`, els => els.map(e => getComputedStyle(e).borderBottomColor));
    check(`unticking ${label} hides its highlights`, hidden.every(transparent) && hiddenBorder.every(transparent),
      JSON.stringify({ hidden, hiddenBorder }));
    check(`unticking ${label} leaves the other labels' highlights`, others.every(c => !transparent(c)));
    const text = await page.$$eval(`mark.hl[data-label="${label}"]`, els => els.every(e => e.textContent.length > 0 && e.getClientRects().length > 0));
    check(`hidden ${label} highlights keep their text on the page`, text);
    await box.check();
    const shown = await style(page, `mark.hl[data-label="${label}"]`, "background-color");
    check(`ticking ${label} again shows them`, shown.every(c => !transparent(c)), JSON.stringify(shown));
  }

  // Hovering a highlight shows a tooltip with label, kind, rule, source, cue and confidence.
  const tip = page.locator("#tip");
  for (const label of labels) {
    const tag = expected.find(t => t.label === label);
    const mark = page.locator(`mark.hl[data-tag="${tag.tag}"][tabindex="0"]`);
    await mark.scrollIntoViewIfNeeded();
    const box = await firstLine(mark);
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const shown = await tip.isVisible();
    const text = shown ? await tip.innerText() : "";
    const inView = shown && await tip.evaluate(t => { const r = t.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; });
    const innermost = await page.evaluate(([x, y]) => document.elementFromPoint(x, y).closest(".hl").dataset.tag, [box.x + 3, box.y + box.height / 2]);
    const shownTag = expected.find(t => t.tag === innermost) ?? tag;
    check(`hovering a ${label} highlight shows its tooltip`,
      shown && inView && text.includes(shownTag.label) && text.includes(shownTag.rule) && (!shownTag.source || text.includes(shownTag.source)),
      JSON.stringify(text));
  }
  await page.mouse.move(1, 1);
  await page.waitForTimeout(50);
  check("moving away hides the tooltip", !(await tip.isVisible()));

  // Keyboard: tabbing to a highlight shows its tooltip too.
  await page.locator(".legend input").last().focus();
  let focusedTag = null;
  for (let i = 0; i < 40 && !focusedTag; i++) {
    await page.keyboard.press("Tab");
    focusedTag = await page.evaluate(() => document.activeElement && document.activeElement.matches("mark.hl") ? document.activeElement.dataset.tag : null);
  }
  check("Tab reaches a highlight and shows its tooltip", focusedTag !== null && await tip.isVisible(), String(focusedTag));
  await page.keyboard.press("Escape");
  check("Escape hides the tooltip", !(await tip.isVisible()));

  // Sources panel: clicking a source marks its quotes.
  const source = expected.find(t => t.source);
  if (source) {
    await page.locator(`button.src[data-source="${source.source}"]`).first().click();
    const picked = await page.$$eval("mark.hl.pick", els => [...new Set(els.map(e => e.dataset.source))]);
    check("clicking a source in the panel marks its quotes", picked.length === 1 && picked[0] === source.source, JSON.stringify(picked));
    await page.locator(`button.src[data-source="${source.source}"]`).first().click();
  }

  // Sections: headline as a heading, muted captions and bylines, boilerplate collapsed.
  const sections = await page.evaluate(() => ({
    headline: parseFloat(getComputedStyle(document.querySelector("[data-section=headline]")).fontSize),
    body: parseFloat(getComputedStyle(document.querySelector("p[data-section=body]")).fontSize),
    boilerplateHidden: [...document.querySelectorAll("[data-section=boilerplate]")].every(e => !e.checkVisibility()),
  }));
  check("the headline is larger than body text", sections.headline > sections.body * 1.2, JSON.stringify(sections));
  check("boilerplate is collapsed", sections.boilerplateHidden);

  // A tooltip open in the screenshot shows what hovering does.
  const quote = expected.find(t => t.label === "DirectQuote") ?? expected[0];
  const quoteMark = page.locator(`mark.hl[data-tag="${quote.tag}"][tabindex="0"]`);
  await quoteMark.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollTo(0, 0));
  const qb = await firstLine(quoteMark);
  await page.mouse.move(qb.x + 8, qb.y + qb.height / 2);
  await page.screenshot({ path: args.screenshot, fullPage: true });
  check("a screenshot of the report was written", readFileSync(args.screenshot).length > 10000);

  // Print: the checkboxes and tooltip go, the highlights stay.
  await page.emulateMedia({ media: "print" });
  const print = await page.evaluate(() => ({
    boxes: [...document.querySelectorAll(".legend input")].every(e => getComputedStyle(e).display === "none"),
    marks: [...document.querySelectorAll("mark.hl")].every(e => getComputedStyle(e).backgroundColor !== "rgba(0, 0, 0, 0)"),
    topbar: getComputedStyle(document.getElementById("topbar")).position,
  }));
  check("print hides the controls and keeps the highlights", print.boxes && print.marks && print.topbar === "static", JSON.stringify(print));
  await page.emulateMedia({ media: "screen" });

  check("no errors, dialogs or network requests", problems.length === 0, problems.join(" | "));
  await page.close();

  // Phone: no sideways scrolling, panel under the text, a tap shows the tooltip.
  const phone = await open(args.report, { width: 390, height: 844 });
  const layout = await phone.page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    panelBelow: document.querySelector(".panel").getBoundingClientRect().top > document.querySelector(".text").getBoundingClientRect().bottom - 1,
  }));
  check("on a phone the page does not scroll sideways", layout.overflow <= 0, JSON.stringify(layout));
  check("on a phone the sources panel comes under the text", layout.panelBelow);
  const tapped = phone.page.locator("mark.hl[data-label=ReporterFraming][tabindex='0']").first();
  await tapped.scrollIntoViewIfNeeded();
  await tapped.click();
  check("tapping a highlight on a phone shows its tooltip", await phone.page.locator("#tip").isVisible());
  if (args["mobile-screenshot"]) await phone.page.screenshot({ path: args["mobile-screenshot"] });
  await phone.page.close();
}

async function checkHostile() {
  const { page, problems } = await open(args.hostile);
  const result = await page.evaluate(() => ({
    title: document.title,
    scripts: document.scripts.length,
    images: document.images.length,
    bold: document.querySelectorAll(".text b").length,
    headline: document.querySelector("[data-section=headline]").textContent,
  }));
  check("hostile article: its markup stays text", result.scripts === 1 && result.images === 0 && result.bold === 0
    && result.title === "ClaimTagger report" && result.headline.includes("<script>alert('headline')</script>"), JSON.stringify(result));
  const mark = page.locator("mark.hl[data-label=DirectQuote]").first();
  await mark.hover();
  const tipText = await page.locator("#tip").innerText();
  check("hostile article: tooltip shows the source as text", tipText.includes('Eve "<script>" Mallory'), JSON.stringify(tipText));
  check("hostile article: no script ran, no dialog, no request", problems.length === 0, problems.join(" | "));
  await page.close();
}

async function checkMulti() {
  const { page, problems } = await open(args.multi);
  const result = await page.evaluate(() => ({
    docs: document.querySelectorAll("article.doc").length,
    links: [...document.querySelectorAll(".index a")].map(a => a.getAttribute("href")),
    indexFirst: document.querySelector("main").firstElementChild.id === "index",
  }));
  check("several documents: one section each and an index at the top",
    result.docs >= 2 && result.links.length === result.docs && result.indexFirst, JSON.stringify(result));
  await page.locator(".index a").last().click();
  const hash = await page.evaluate(() => location.hash);
  check("several documents: the index links to the sections", hash === result.links.at(-1), hash);
  check("several documents: no errors", problems.length === 0, problems.join(" | "));
  await page.close();
}

// Turns the table's ANSI output into HTML (a dark terminal) and takes a screenshot of it.
async function screenshotTerminal() {
  const ansi = readFileSync(args.terminal, "utf8");
  const colours = { 30: "#4d4d4d", 31: "#ff6b6b", 32: "#5fd38d", 33: "#f2c94c", 34: "#6ea8fe", 35: "#f78fd6", 36: "#56d4e0", 37: "#e6e6e6",
    91: "#ff8a8a", 92: "#8af0b0", 93: "#ffe08a", 94: "#9cc3ff", 95: "#ffb0e6", 96: "#8aeaf2" };
  const escape = s => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  let html = "", open = false;
  for (const part of ansi.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!sgr) { html += escape(part); continue; }
    if (open) { html += "</span>"; open = false; }
    const codes = sgr[1].split(";").filter(Boolean).map(Number);
    if (codes.length === 0 || codes.every(c => c === 0)) continue;
    const css = [];
    for (const c of codes) {
      if (c === 1) css.push("font-weight:700");
      else if (c === 2) css.push("opacity:.6");
      else if (c === 4) css.push("text-decoration:underline");
      else if (colours[c]) css.push(`color:${colours[c]}`);
    }
    html += `<span style="${css.join(";")}">`; open = true;
  }
  if (open) html += "</span>";
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 600 });
  await page.setContent(`<!DOCTYPE html><meta charset="utf-8"><style>
    body{margin:0;background:#1e1f24;padding:18px 22px}
    .bar{display:flex;gap:8px;margin:-6px 0 14px}.bar i{width:12px;height:12px;border-radius:50%;background:#ff5f57}.bar i+i{background:#febc2e}.bar i+i+i{background:#28c840}
    pre{margin:0;color:#e6e6e6;font:14px/1.45 "DejaVu Sans Mono",Menlo,Consolas,monospace;white-space:pre-wrap}
    .prompt{color:#9aa0a6}</style><div class="bar"><i></i><i></i><i></i></div>
    <pre><span class="prompt">$ ${escape(args["terminal-command"] || "claimtagger tag article.txt")}</span>\n${html}</pre>`);
  await page.screenshot({ path: args["terminal-screenshot"], fullPage: true });
  check("a screenshot of the terminal table was written", readFileSync(args["terminal-screenshot"]).length > 5000);
  await page.close();
}

const profile = mkdtempSync(join(tmpdir(), "claimtagger-chromium-"));
context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  offline: true,
});

try {
  await checkReport();
  if (args.hostile) await checkHostile();
  if (args.multi) await checkMulti();
  if (args.terminal) await screenshotTerminal();
} catch (error) {
  check("the checks ran to the end", false, String(error && error.stack || error));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
