import assert from "node:assert/strict";
import { Frame, medianProfile, profileFirstCheck, selfTimes } from "../../../bench/cost/load-profile";

const PKG = "/project/node_modules/pulumi-modelarts-data/dist/provider";
const AJV = "/project/node_modules/ajv/dist";

const load = (name: string, depth: number, startMs: number, endMs: number): Frame => ({
    kind: "load",
    name,
    depth,
    startMs,
    endMs,
});

/** A first Check from 1000 to 1100 ms: lifecycle (loading validate, then the kind), ajv, a compile, a cache hit. */
const frames: Frame[] = [
    load(`${PKG}/schemas/validate.js`, 1, 1_003, 1_006),
    load(`${PKG}/client/errors.js`, 1, 1_006, 1_007),
    load(`${PKG}/impl/lifecycle.js`, 0, 1_002, 1_010),
    load(`${PKG}/impl/import-task.js`, 0, 1_011, 1_013),
    load(`${AJV}/core.js`, 1, 1_021, 1_040),
    load(`${AJV}/ajv.js`, 0, 1_020, 1_050),
    { kind: "compile", name: "ajv compile", depth: 0, startMs: 1_050, endMs: 1_090 },
    load(`${PKG}/impl/lifecycle.js`, 0, 1_095, 1_095.5), // a later require: the cache answers
    load(`${PKG}/impl/session.js`, 0, 900, 905), // before the Check window: not counted
];

describe("bench/cost/load-profile", () => {
    it("charges each frame its own time, less the frames nested directly in it", () => {
        const self = new Map(selfTimes(frames).map(({ frame, selfMs }) => [`${frame.name}@${frame.startMs}`, selfMs]));
        assert.equal(self.get(`${PKG}/impl/lifecycle.js@1002`), 4); // 8 ms less 3 + 1 nested
        assert.equal(self.get(`${AJV}/ajv.js@1020`), 11);
        assert.equal(self.get("ajv compile@1050"), 40);
    });

    it("groups the first Check's self time by package directory and library, counting distinct files", () => {
        const profile = profileFirstCheck(frames, { startMs: 1_000, endMs: 1_100 });
        assert.equal(profile.firstCheckMs, 100);
        assert.equal(profile.selfMs.impl, 4 + 2 + 0.5);
        assert.equal(profile.modules.impl, 2, "lifecycle.js twice, import-task.js; session.js was outside the window");
        assert.equal(profile.selfMs.schemas, 3);
        assert.equal(profile.selfMs.client, 1);
        assert.equal(profile.selfMs.ajv, 30);
        assert.equal(profile.modules.ajv, 2);
        assert.equal(profile.selfMs.compile, 40);
        assert.equal(profile.selfMs.fetch, 0);
        assert.equal(profile.unattributedMs, 100 - (6.5 + 3 + 1 + 30 + 40));
        assert.equal(profile.lifecycleRequireMs, 8, "the real load, not the cache hit");
        assert.equal(profile.ajvRequireMs, 30);
    });

    it("reports 0 for a load that did not happen (a module loaded lazily later)", () => {
        const profile = profileFirstCheck(
            frames.filter((f) => !f.name.startsWith(AJV)),
            { startMs: 1_000, endMs: 1_100 },
        );
        assert.equal(profile.ajvRequireMs, 0);
        assert.equal(profile.modules.ajv, 0);
    });

    it("takes the median of each figure separately", () => {
        const window = (endMs: number) => profileFirstCheck(frames, { startMs: 1_000, endMs });
        const median = medianProfile([window(1_100), window(1_300), window(1_200)]);
        assert.equal(median.firstCheckMs, 200);
        assert.equal(median.selfMs.compile, 40);
    });
});
