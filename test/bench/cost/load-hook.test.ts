import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame } from "../../../bench/cost/load-profile";

const repoRoot = join(__dirname, "..", "..", "..");

// What the host does on a first Check of an ImportTask, after loading something of its own; then it serves on.
const script = `
require("fast-deep-equal");
require("pulumi-modelarts-data/impl/lifecycle").lifecycle("ImportTask")
    .check({}, { datasetId: "gfghHSokody6AJigS5A", importPath: "obs://my-bucket/raw/", importType: "dir" })
    .then(() => { console.log("checked"); setInterval(() => {}, 1000); });
`;

describe("bench/cost/load-hook.js (preloaded into the built package's host)", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "load-hook-"))));
    afterEach(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it("records loads and Ajv compiles from the first require of the package on, and writes them on SIGTERM", async () => {
        const output = join(dir, "frames.json");
        const child = spawn(
            process.execPath,
            ["--require", join(repoRoot, "bench", "cost", "load-hook.js"), "-e", script],
            {
                cwd: repoRoot,
                env: { ...process.env, COST_BENCH_LOAD_PROFILE: output },
                stdio: ["ignore", "pipe", "inherit"],
            },
        );
        await once(child.stdout, "data");
        child.kill(); // SIGTERM, as ProviderHost.close() stops the host
        await once(child, "exit");
        const frames: Frame[] = JSON.parse(readFileSync(output, "utf8"));
        const entry = frames.find((f) => /dist[\\/]provider[\\/]impl[\\/]lifecycle\.js$/.test(f.name));
        assert.equal(entry?.depth, 0);
        const nested = frames.filter((f) => f.depth === 1 && f.startMs >= entry.startMs && f.endMs <= entry.endMs);
        assert.ok(
            nested.some((f) => /impl[\\/]task-lifecycle\.js$/.test(f.name)),
            "what lifecycle loads is nested in it",
        );
        assert.ok(frames.some((f) => /node_modules[\\/]ajv[\\/]dist[\\/]ajv\.js$/.test(f.name)));
        assert.equal(frames.filter((f) => f.kind === "compile").length, 1, "one compile, the ImportTask schema");
        assert.ok(
            !frames.some((f) => f.name.includes("fast-deep-equal") && f.startMs < entry.startMs),
            "nothing before the package",
        );
        assert.ok(frames.every((f) => f.endMs >= f.startMs));
    });
});
