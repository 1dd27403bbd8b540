import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = join(__dirname, "..", "..", "..");

describe("bench/waiter/main.ts (command line)", () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "waiter-bench-"))));
    afterEach(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it("prints the table and the comparison lines, writes the same numbers as JSON, and exits 0", async () => {
        const jsonPath = join(dir, "out.json");
        const { stdout } = await run(
            process.execPath,
            [
                "-r",
                "ts-node/register/transpile-only",
                "bench/waiter/main.ts",
                "--runs",
                "30",
                "--seed",
                "3",
                "--rate-walk",
                "0.2",
                "--json",
                jsonPath,
            ],
            { cwd: repoRoot },
        );
        const report = JSON.parse(readFileSync(jsonPath, "utf8"));
        assert.deepEqual(report.settings, { runs: 30, seed: 3, spread: 0.05, rateWalk: 0.2, startup: 0.2, steps: 100 });
        assert.equal(report.measurements.length, 24);
        assert.deepEqual(Object.keys(report.measurements[0]), ["contender", "durationS", "progress", "summary"]);
        assert.equal(report.targets.length, 8);
        assert.equal(stdout.match(/ours, (no )?progress .*(PASS|FAIL)/g)?.length, 8);
        assert.equal(stdout.match(/^T = \d+ s, no progress .*: as good on both: /gm)?.length, 4);
        assert.match(stdout, /rate wandering within ±20 % of its mean/);
        const oursAt600 = report.measurements.find(
            (m: { contender: string; durationS: number; progress: boolean }) =>
                m.contender === "ours" && m.durationS === 600 && m.progress,
        );
        assert.ok(stdout.includes(`${oursAt600.summary.getsMean.toFixed(1)}`), "the table shows the JSON's numbers");
    });

    for (const [option, value, message] of [
        ["--runs", "0", /--runs must be a positive integer/],
        ["--rate-walk", "1.5", /--rate-walk must be in \[0, 1\), got "1\.5"/],
        ["--startup", "1", /--startup must be in \[0, 1\), got "1"/],
        ["--steps", "0.5", /--steps must be a positive integer/],
    ] as const) {
        it(`rejects ${option} ${value} with a message and a non-zero exit`, async () => {
            await assert.rejects(
                run(
                    process.execPath,
                    ["-r", "ts-node/register/transpile-only", "bench/waiter/main.ts", option, value],
                    { cwd: repoRoot },
                ),
                (error: { code?: number; stderr?: string }) => error.code === 1 && message.test(error.stderr ?? ""),
            );
        });
    }
});
