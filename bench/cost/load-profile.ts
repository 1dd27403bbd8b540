/**
 * Where our first `Check` spends its time, measured inside the host: profiled start-ups preload
 * `load-hook.js`, which records every module load and Ajv compile (frames, nested by depth) from the first
 * `require("pulumi-modelarts-data…")` on. Each frame's self time (its own time minus its nested frames') is
 * charged to a group (package directory, library, compile); what no frame covers is gRPC, deserializing
 * `__provider`, running the provider's code and the first validation. The hook costs a little per load, so
 * these runs are separate from the timed ones.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "../common/stats";
import { StartupSubject, timeStartup } from "./startup";

/** A module load or an Ajv compile, as `load-hook.js` records it. */
export interface Frame {
    readonly kind: "load" | "compile";
    /** The resolved file (a built-in's name) of a load; "ajv compile" for a compile. */
    readonly name: string;
    /** Frames running when this one started. */
    readonly depth: number;
    readonly startMs: number;
    readonly endMs: number;
}

/** Groups of self time, in report order; a frame goes to the first group whose pattern matches its file. */
export const COST_GROUPS = [
    { id: "impl", label: "package impl/ (lifecycle, kind, session)", pattern: /[\\/]dist[\\/]provider[\\/]impl[\\/]/ },
    { id: "schemas", label: "package schemas/", pattern: /[\\/]dist[\\/]provider[\\/]schemas[\\/]/ },
    { id: "client", label: "package client/ (REST client)", pattern: /[\\/]dist[\\/]provider[\\/]client[\\/]/ },
    { id: "package", label: "package, other (wait, clock)", pattern: /[\\/]dist[\\/]provider[\\/]/ },
    {
        id: "ajv",
        label: "ajv library (and its dependencies)",
        pattern: /[\\/]node_modules[\\/](ajv|fast-deep-equal|fast-uri|json-schema-traverse)[\\/]/,
    },
    {
        id: "fetch",
        label: "node-fetch (and its dependencies)",
        pattern: /[\\/]node_modules[\\/](node-fetch|whatwg-url|tr46|webidl-conversions)[\\/]/,
    },
    { id: "other", label: "other modules (Node built-ins…)", pattern: /(?:)/ },
] as const;

export type CostGroupId = (typeof COST_GROUPS)[number]["id"] | "compile";

/** One profiled first Check: ms of self time and files loaded per group, and two named loads (inclusive). */
export interface FirstCheckProfile {
    readonly firstCheckMs: number;
    readonly selfMs: Readonly<Record<CostGroupId, number>>;
    readonly modules: Readonly<Record<CostGroupId, number>>;
    /** `require("pulumi-modelarts-data/impl/lifecycle")`, everything it loads included. */
    readonly lifecycleRequireMs: number;
    /** `require("ajv")`, everything it loads included. */
    readonly ajvRequireMs: number;
    /** The first Check minus every frame: gRPC, `__provider`, the provider's own code, the first validation. */
    readonly unattributedMs: number;
}

/** Each frame's own time: its duration minus that of the frames nested directly in it. */
export function selfTimes(frames: readonly Frame[]): Array<{ frame: Frame; selfMs: number }> {
    return frames.map((frame) => {
        const nested = frames.filter(
            (other) => other.depth === frame.depth + 1 && other.startMs >= frame.startMs && other.endMs <= frame.endMs,
        );
        return { frame, selfMs: duration(frame) - nested.reduce((sum, child) => sum + duration(child), 0) };
    });
}

/** The profile of one first Check from the frames recorded inside `window` (monotonic ms). */
export function profileFirstCheck(
    frames: readonly Frame[],
    window: { startMs: number; endMs: number },
): FirstCheckProfile {
    const inWindow = frames.filter((frame) => frame.startMs >= window.startMs && frame.endMs <= window.endMs);
    const selfMs = zeroPerGroup();
    const files = new Map<CostGroupId, Set<string>>();
    for (const { frame, selfMs: ms } of selfTimes(inWindow)) {
        const group = groupOf(frame);
        selfMs[group] += ms;
        if (frame.kind === "load") files.set(group, (files.get(group) ?? new Set()).add(frame.name));
    }
    const modules = zeroPerGroup();
    for (const [group, names] of files) modules[group] = names.size;
    const firstCheckMs = window.endMs - window.startMs;
    const attributedMs = Object.values(selfMs).reduce((sum, ms) => sum + ms, 0);
    return {
        firstCheckMs,
        selfMs,
        modules,
        lifecycleRequireMs: loadDuration(inWindow, /[\\/]dist[\\/]provider[\\/]impl[\\/]lifecycle\.js$/),
        ajvRequireMs: loadDuration(inWindow, /[\\/]node_modules[\\/]ajv[\\/]dist[\\/]ajv\.js$/),
        unattributedMs: firstCheckMs - attributedMs,
    };
}

/** One start-up of `subject` with the hook preloaded, profiled. */
export async function profileStartup(subject: StartupSubject): Promise<FirstCheckProfile> {
    const dir = mkdtempSync(join(tmpdir(), "cost-bench-profile-"));
    try {
        const output = join(dir, "frames.json");
        const env = {
            NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require "${join(__dirname, "load-hook.js")}"`]
                .filter(Boolean)
                .join(" "),
            COST_BENCH_LOAD_PROFILE: output,
        };
        const { checkWindow } = await timeStartup(subject, env); // the hook writes its file as the host stops
        return profileFirstCheck(JSON.parse(readFileSync(output, "utf8")), checkWindow);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** The median of each figure over several profiles (medians of parts do not add up to the median whole). */
export function medianProfile(profiles: readonly FirstCheckProfile[]): FirstCheckProfile {
    const of = (pick: (profile: FirstCheckProfile) => number) => median(profiles.map(pick));
    const perGroup = (pick: (profile: FirstCheckProfile) => Readonly<Record<CostGroupId, number>>) =>
        Object.fromEntries(groupIds().map((id) => [id, of((profile) => pick(profile)[id])])) as Record<
            CostGroupId,
            number
        >;
    return {
        firstCheckMs: of((p) => p.firstCheckMs),
        selfMs: perGroup((p) => p.selfMs),
        modules: perGroup((p) => p.modules),
        lifecycleRequireMs: of((p) => p.lifecycleRequireMs),
        ajvRequireMs: of((p) => p.ajvRequireMs),
        unattributedMs: of((p) => p.unattributedMs),
    };
}

function groupOf(frame: Frame): CostGroupId {
    if (frame.kind === "compile") return "compile";
    return COST_GROUPS.find((group) => group.pattern.test(frame.name))!.id;
}

function groupIds(): CostGroupId[] {
    return [...COST_GROUPS.map((group) => group.id), "compile"];
}

function zeroPerGroup(): Record<CostGroupId, number> {
    return Object.fromEntries(groupIds().map((id) => [id, 0])) as Record<CostGroupId, number>;
}

/** How long loading a file matching `file` took (its longest frame: later `require`s hit the cache; 0 if never). */
function loadDuration(frames: readonly Frame[], file: RegExp): number {
    return frames
        .filter((f) => f.kind === "load" && file.test(f.name))
        .reduce((max, f) => Math.max(max, duration(f)), 0);
}

function duration(frame: Frame): number {
    return frame.endMs - frame.startMs;
}
