import assert from "node:assert/strict";
import { DEFAULT_SETTINGS, readSoakOptions } from "../../../bench/soak/options";

describe("bench/soak/options", () => {
    it("defaults to at least 100 tasks under about 20 % of faulted requests of every kind", () => {
        assert.deepEqual(readSoakOptions([]), DEFAULT_SETTINGS);
        assert.ok(DEFAULT_SETTINGS.tasks >= 100);
        for (const kind of ["latency=", "429=", "5xx=", "drop=", "retryAfter=", "fail="])
            assert.ok(DEFAULT_SETTINGS.faultSpec.includes(kind), kind);
    });

    it("reads every option", () => {
        const args = [
            "--tasks",
            "6",
            "--seed",
            "7",
            "--faults",
            "5xx=0.2",
            "--task-duration",
            "1500",
            "--timeout",
            "30s",
            "--max-ups",
            "3",
            "--json",
            "out.json",
        ];
        assert.deepEqual(readSoakOptions(args), {
            tasks: 6,
            seed: 7,
            faultSpec: "5xx=0.2",
            taskDurationMs: 1_500,
            timeout: "30s",
            maxUps: 3,
            jsonPath: "out.json",
        });
    });

    it("rejects bad values, naming the option", () => {
        assert.throws(() => readSoakOptions(["--tasks", "0"]), /--tasks must be an integer ≥ 1, got "0"/);
        assert.throws(() => readSoakOptions(["--max-ups", "1"]), /--max-ups must be an integer ≥ 2/);
        assert.throws(() => readSoakOptions(["--faults", "5xx=2"]), /5xx must be a share in 0\.\.1/);
        assert.throws(() => readSoakOptions(["--timeout", "soon"]), /--timeout must be a duration/);
    });
});
