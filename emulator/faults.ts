/**
 * Fault injection, for tests and benchmarks of a client's resilience. Every request draws the same number of
 * random values whatever happens to it, so with a seed the same sequence of requests meets the same faults.
 *
 * - `latency=MIN-MAX`: each answer is delayed by a uniform MIN…MAX ms.
 * - `429=P`: share of requests answered 429 ModelArts.4206 with `Retry-After: retryAfter` seconds.
 * - `5xx=P`: share answered 500, 502, 503 (before the request is handled: nothing changes) or 504 (after it was
 *   handled, as a gateway timing out on a slow backend: a create is committed although the client sees an error).
 * - `drop=P`: share of requests that are handled (a create is committed) but whose connection is destroyed
 *   instead of answered.
 * - `fail=P`: share of created tasks that end FAILED (status 3 for processor tasks) with a documented code.
 *
 * Tests that need one fault at one place plan it instead ({@link PlannedFault}): the next requests of a route get
 * it, whatever the random draws say.
 */
import { Random } from "./random";

/** Which faults to inject, and how often (shares in 0 … 1). */
export interface FaultOptions {
    readonly latencyMs?: { readonly min: number; readonly max: number };
    readonly throttleRate?: number;
    readonly retryAfterSeconds?: number;
    readonly serverErrorRate?: number;
    readonly dropRate?: number;
    readonly taskFailureRate?: number;
}

/** What happens to one request. */
export interface RequestFaults {
    readonly latencyMs: number;
    /** An error answer instead of (or, for 504, after) handling the request. */
    readonly error?: { readonly status: 429 | 500 | 502 | 503 | 504 };
    readonly drop: boolean;
}

/** A fault for the next `times` requests of one route (`POST /v2/{project_id}/processor-tasks`, as recorded). */
export interface PlannedFault {
    readonly route: string;
    /** An error answer (429 with `Retry-After`; 500/502/503 before handling, 504 after), or a dropped connection. */
    readonly fault: 429 | 500 | 502 | 503 | 504 | "drop";
    /** Default 1. */
    readonly times?: number;
}

const SERVER_ERRORS = [500, 502, 503, 504] as const;

/** Draws the faults of each request and task from a random source. */
export class FaultInjector {
    private readonly planned: Array<{ route: string; fault: PlannedFault["fault"]; left: number }> = [];

    constructor(
        readonly options: FaultOptions,
        private readonly random: Random,
    ) {}

    /** Adds a planned fault; plans for the same route apply in the order they were made. Returns its cancel. */
    plan(fault: PlannedFault): () => void {
        const plan = { route: fault.route, fault: fault.fault, left: fault.times ?? 1 };
        this.planned.push(plan);
        return () => {
            plan.left = 0;
        };
    }

    /** The faults of the next request (always four draws), `route` as recorded (e.g. `GET /v2/{project_id}/…`). */
    nextRequest(route?: string): RequestFaults {
        const [latencyDraw, errorDraw, statusDraw, dropDraw] = [1, 2, 3, 4].map(() => this.random());
        const plan = this.planned.find((p) => p.route === route && p.left > 0);
        if (plan !== undefined) {
            plan.left--;
            const error = plan.fault === "drop" ? undefined : { status: plan.fault };
            return { latencyMs: 0, error, drop: plan.fault === "drop" };
        }
        const { latencyMs, throttleRate = 0, serverErrorRate = 0, dropRate = 0 } = this.options;
        const latency = latencyMs ? Math.round(latencyMs.min + latencyDraw * (latencyMs.max - latencyMs.min)) : 0;
        const status =
            errorDraw < throttleRate
                ? 429
                : errorDraw < throttleRate + serverErrorRate
                  ? SERVER_ERRORS[Math.floor(statusDraw * SERVER_ERRORS.length)]
                  : undefined;
        return { latencyMs: latency, error: status === undefined ? undefined : { status }, drop: dropDraw < dropRate };
    }

    /** True when the task being created is to fail (one draw). */
    nextTaskFails(): boolean {
        return this.random() < (this.options.taskFailureRate ?? 0);
    }
}

const KEYS: Record<string, (options: Mutable<FaultOptions>, value: string) => void> = {
    latency: (o, v) => {
        const m = /^(\d+)(?:-(\d+))?$/.exec(v);
        if (!m || (m[2] !== undefined && +m[2] < +m[1])) throw new Error(`latency must be MS or MIN-MAX, got "${v}"`);
        o.latencyMs = { min: +m[1], max: +(m[2] ?? m[1]) };
    },
    "429": (o, v) => (o.throttleRate = share("429", v)),
    "5xx": (o, v) => (o.serverErrorRate = share("5xx", v)),
    drop: (o, v) => (o.dropRate = share("drop", v)),
    fail: (o, v) => (o.taskFailureRate = share("fail", v)),
    retryAfter: (o, v) => {
        if (!/^\d+$/.test(v)) throw new Error(`retryAfter must be whole seconds, got "${v}"`);
        o.retryAfterSeconds = +v;
    },
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parses `latency=20-200,5xx=0.1,429=0.1,retryAfter=1,drop=0.05,fail=0.1` (any subset, any order). */
export function parseFaultSpec(spec: string): FaultOptions {
    const options: Mutable<FaultOptions> = {};
    for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
        const [key, value, extra] = part.split("=");
        const apply = KEYS[key];
        if (apply === undefined || value === undefined || extra !== undefined) {
            throw new Error(`unknown fault "${part}"; expected one of ${Object.keys(KEYS).join(", ")} as key=value`);
        }
        apply(options, value);
    }
    if ((options.throttleRate ?? 0) + (options.serverErrorRate ?? 0) > 1) throw new Error("429 + 5xx exceeds 1");
    return options;
}

function share(key: string, value: string): number {
    const rate = Number(value);
    if (value.trim() === "" || !(rate >= 0 && rate <= 1)) {
        throw new Error(`${key} must be a share in 0..1, got "${value}"`);
    }
    return rate;
}
