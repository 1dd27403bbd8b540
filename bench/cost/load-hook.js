"use strict";
/*
 * Preloaded into the SDK's dynamic-provider host (`node --require`, through NODE_OPTIONS) by the cost
 * benchmark's profiled runs: records how long each module load and each Ajv schema compile takes, from the
 * first `require("pulumi-modelarts-data…")` on (the host's own start-up is left alone), and writes the
 * records as JSON to $COST_BENCH_LOAD_PROFILE when the host is stopped (SIGTERM). Plain JavaScript: the host
 * runs without ts-node. Times are process.hrtime in ms (CLOCK_MONOTONIC on Linux), the clock the benchmark
 * reads too, so records can be placed in its Check window. Analysed by `load-profile.ts`.
 */
const Module = require("module");
const { writeFileSync } = require("fs");

const outputPath = process.env.COST_BENCH_LOAD_PROFILE;
const frames = [];
let depth = 0;
let recording = false;
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Runs `body` as one frame (nested frames get depth + 1), recorded once `recording` is on. */
function timed(kind, describe, body) {
    if (!recording) return body();
    const startMs = nowMs();
    depth++;
    try {
        return body();
    } finally {
        depth--;
        frames.push({ kind, name: describe(), depth, startMs, endMs: nowMs() });
    }
}

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
    recording ||= request.startsWith("pulumi-modelarts-data");
    const loaded = timed(
        "load",
        () => resolvedName(request, parent, isMain),
        () => originalLoad.apply(this, arguments),
    );
    if (recording && request === "./core" && parent && /[\\/]ajv[\\/]dist[\\/]ajv\.js$/.test(parent.filename)) {
        const prototype = loaded.default.prototype;
        const compile = prototype.compile;
        prototype.compile = function () {
            return timed(
                "compile",
                () => "ajv compile",
                () => compile.apply(this, arguments),
            );
        };
    }
    return loaded;
};

function resolvedName(request, parent, isMain) {
    try {
        return Module._resolveFilename(request, parent, isMain);
    } catch {
        return request; // a failed require: the benchmark reports it under its request
    }
}

process.once("SIGTERM", () => {
    if (outputPath) writeFileSync(outputPath, JSON.stringify(frames));
    process.exit(0);
});
