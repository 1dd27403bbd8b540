/**
 * `npm run docs:check`: opens the built API reference (`npm run docs`) in headless Chromium, as a reader would, and
 * fails unless each page checked renders its navigation with the groups (Resources, Lookups, Guides, Types), shows no name
 * that is internal to the package, links no raw Markdown, and paints a screenshot (kept in `dist/docs-screenshots/`).
 * CI installs Chromium (`apt-get install chromium`); `CHROMIUM` names another binary.
 */
import { execFileSync } from "child_process";
import { mkdirSync, statSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

const repoRoot = join(__dirname, "..");
const site = join(repoRoot, "dist/docs");
const shots = join(repoRoot, "dist/docs-screenshots");
const chromium = process.env.CHROMIUM ?? "chromium";

/** The pages a user opens first: the entry, a resource, its args, a lookup. */
const PAGES = ["index.html", "classes/ImportTask.html", "interfaces/ImportTaskArgs.html", "functions/getDataset.html"];
const GROUPS = ["Resources", "Lookups", "Guides", "Types"];
/** Names of the package's own machinery that the reference must not show. */
const INTERNAL = ["ModelArtsResource", "registration", "OutputProperties", "timeoutField", "TypeOf", "InputsOf"];

function browse(page: string, flags: string[]): string {
    const url = pathToFileURL(join(site, page)).href;
    const common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=5000"];
    return execFileSync(chromium, [...common, ...flags, url], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
    });
}

function problemsOf(page: string): string[] {
    const dom = browse(page, ["--dump-dom"]);
    const text = dom.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
    const problems: string[] = [];
    const nav = /<nav class="tsd-navigation">[\s\S]*?<\/nav>/.exec(dom)?.[0] ?? "";
    for (const group of GROUPS) {
        if (!nav.includes(`<span>${group}</span>`)) problems.push(`the navigation has no ${group} group`);
    }
    for (const name of INTERNAL) if (new RegExp(`\\b${name}\\b`).test(text)) problems.push(`shows ${name}`);
    for (const [, href] of dom.matchAll(/href="([^"]+\.md(?:#[^"]*)?)"/g)) problems.push(`links raw Markdown ${href}`);
    const shot = join(shots, `${page.replace(/\//g, "_")}.png`);
    browse(page, [`--screenshot=${shot}`, "--window-size=1280,1600"]);
    // A blank page compresses to a few kilobytes; a rendered one with text and navigation to far more.
    if (statSync(shot).size < 40_000) problems.push(`its screenshot is nearly blank (${statSync(shot).size} bytes)`);
    return problems.map((p) => `${page}: ${p}`);
}

mkdirSync(shots, { recursive: true });
const problems = PAGES.flatMap(problemsOf);
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.stdout.write(
    `${PAGES.length} pages checked in ${chromium}: ${problems.length} problems; screenshots in ${shots}\n`,
);
if (problems.length > 0) process.exitCode = 1;
