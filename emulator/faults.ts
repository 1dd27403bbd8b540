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
 * Hostile-network faults (each drawn from a second seeded stream, so adding them leaves the draws above as they were):
 * - `date=P`: share of answers whose `Date` header is a day ahead, a day behind, or missing (a gateway's clock).
 * - `redirect=P`: share answered 307 to another loopback host before handling.
 * - `stall=P`: share handled, then answered with headers and half the body, and nothing more (the client must give
 *   up on its own).
 * - `truncate=P`: share handled, then answered with a `Content-Length` and half the body, and the connection reset.
 * - `garble=P`: share handled, then answered 200 with a malformed body (`null`, an array, a wrongly typed field).
 * - `trace=N`: every injected error answer and injected task failure carries an `N`-character stack trace.
 * - `echo=P`: injected error texts echo the request's credential headers and the create body (a data source
 *   password), raw, JSON-escaped and URL-encoded; and this share of 2xx answers echoes the credential headers in a
 *   `request_trace` field, JSON-escaped with `\/`.
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
    /** Share of dataset creations and version publishes that fail (status 4), apart from tasks' `taskFailureRate`. */
    readonly datasetFailureRate?: number;
    readonly dateFaultRate?: number;
    readonly redirectRate?: number;
    readonly stallRate?: number;
    readonly truncateRate?: number;
    readonly garbleRate?: number;
    readonly traceLength?: number;
    readonly echoRate?: number;
}

/** What the answer's `Date` header says: this offset from the emulator's clock, or nothing. */
export type DateFault = { readonly offsetMs: number } | "missing";

/**
 * What happens to an answer after the request was handled (a create is committed):
 * - `stall`: `before-headers` never answers; `after-headers` sends the headers and half the body, then nothing;
 * - `truncate`: sends `Content-Length` and half the body, then resets the connection;
 * - `body`: answers `status` (default 200) with this raw body instead;
 * - `echo`: adds a `request_trace` field echoing the request's credential headers, JSON-escaped with `\/`.
 */
export type AnswerFault =
    | { readonly kind: "stall"; readonly at: "before-headers" | "after-headers" }
    | { readonly kind: "truncate" }
    | { readonly kind: "body"; readonly body: string; readonly status?: number }
    | { readonly kind: "echo" };

/** A gateway's answer before handling: a redirect, or an error with this `error_msg` (long, or echoing secrets). */
export type GatewayFault =
    | { readonly kind: "redirect"; readonly location: string; readonly status?: 301 | 302 | 303 | 307 | 308 }
    | { readonly kind: "error"; readonly status: number; readonly message: string };

/** What happens to one request. */
export interface RequestFaults {
    readonly latencyMs: number;
    /** An error answer instead of (or, for 504, after) handling the request. */
    readonly error?: { readonly status: 429 | 500 | 502 | 503 | 504 };
    readonly drop: boolean;
    readonly gateway?: GatewayFault;
    readonly answer?: AnswerFault;
    readonly date?: DateFault;
    /** Injected error texts carry a stack trace of this length (and echo secrets when `echo`). */
    readonly trace?: { readonly length: number; readonly echo: boolean };
}

/** A fault for the next `times` requests of one route (`POST /v2/{project_id}/processor-tasks`, as recorded; `*`: any). */
export interface PlannedFault {
    readonly route: string;
    /**
     * An error answer (429 with `Retry-After`; 500/502/503 before handling, 504 after), a dropped connection, a
     * gateway answer before handling, an answer fault after handling, or a `Date` header.
     */
    readonly fault:
        | 429
        | 500
        | 502
        | 503
        | 504
        | "drop"
        | GatewayFault
        | AnswerFault
        | { readonly kind: "date"; readonly date: DateFault };
    /** Default 1. */
    readonly times?: number;
}

/** Where the emulator redirects to: another loopback host, on a port nothing is expected to listen on. */
export const REDIRECT_TARGET = "http://127.0.0.2:9/elsewhere";

const DAY_MS = 24 * 60 * 60_000;

/** The malformed bodies `garble` answers with: each a shape the API never sends. */
const GARBLED = ["null", "[]", '"ok"', '{"task_id":5,"status":null,"import_tasks":7,"export_tasks":7,"tasks":7}'];

const SERVER_ERRORS = [500, 502, 503, 504] as const;

/** Draws the faults of each request and task from a random source. */
export class FaultInjector {
    private readonly planned: Array<{ route: string; fault: PlannedFault["fault"]; left: number }> = [];
    /** The second stream: the hostile-network faults (see the module comment). */
    private readonly hostile: Random;

    constructor(
        readonly options: FaultOptions,
        private readonly random: Random,
        hostile?: Random,
    ) {
        this.hostile = hostile ?? random;
    }

    /** Adds a planned fault; plans for the same route apply in the order they were made. Returns its cancel. */
    plan(fault: PlannedFault): () => void {
        const plan = { route: fault.route, fault: fault.fault, left: fault.times ?? 1 };
        this.planned.push(plan);
        return () => {
            plan.left = 0;
        };
    }

    /** The faults of the next request (always four draws, and five of the second stream), `route` as recorded. */
    nextRequest(route?: string): RequestFaults {
        const [latencyDraw, errorDraw, statusDraw, dropDraw] = [
            this.random(),
            this.random(),
            this.random(),
            this.random(),
        ];
        const hostile = this.hostileFaults();
        const trace = this.traceOf();
        const plan = this.planned.find((p) => (p.route === route || p.route === "*") && p.left > 0);
        if (plan !== undefined) {
            plan.left--;
            return { latencyMs: 0, drop: false, ...(trace ? { trace } : {}), ...planned(plan.fault) };
        }
        const { latencyMs, throttleRate = 0, serverErrorRate = 0, dropRate = 0 } = this.options;
        const latency = latencyMs ? Math.round(latencyMs.min + latencyDraw * (latencyMs.max - latencyMs.min)) : 0;
        const status: 429 | 500 | 502 | 503 | 504 | undefined =
            errorDraw < throttleRate
                ? 429
                : errorDraw < throttleRate + serverErrorRate
                  ? SERVER_ERRORS[Math.floor(statusDraw * SERVER_ERRORS.length)]
                  : undefined;
        const error = status === undefined ? undefined : { status };
        return { latencyMs: latency, error, drop: dropDraw < dropRate, ...hostile, ...(trace ? { trace } : {}) };
    }

    /** The hostile-network faults of one request: five draws of the second stream, whatever they decide. */
    private hostileFaults(): Pick<RequestFaults, "gateway" | "answer" | "date"> {
        const draw = () => this.hostile();
        const [dateDraw, dateKind, gatewayDraw, answerDraw, pick] = [draw(), draw(), draw(), draw(), draw()];
        const o = this.options;
        const date: DateFault | undefined =
            dateDraw < (o.dateFaultRate ?? 0)
                ? dateKind < 1 / 3
                    ? { offsetMs: DAY_MS }
                    : dateKind < 2 / 3
                      ? { offsetMs: -DAY_MS }
                      : "missing"
                : undefined;
        const gateway: GatewayFault | undefined =
            gatewayDraw < (o.redirectRate ?? 0) ? { kind: "redirect", location: REDIRECT_TARGET } : undefined;
        const shares: Array<[number, () => AnswerFault]> = [
            [o.stallRate ?? 0, () => ({ kind: "stall", at: "after-headers" })],
            [o.truncateRate ?? 0, () => ({ kind: "truncate" })],
            [o.garbleRate ?? 0, () => ({ kind: "body", body: GARBLED[Math.floor(pick * GARBLED.length)] ?? "null" })],
            [o.echoRate ?? 0, () => ({ kind: "echo" })],
        ];
        let answer: AnswerFault | undefined;
        let from = 0;
        for (const [share, make] of shares) {
            if (answer === undefined && answerDraw >= from && answerDraw < from + share) answer = make();
            from += share;
        }
        return { ...(date ? { date } : {}), ...(gateway ? { gateway } : {}), ...(answer ? { answer } : {}) };
    }

    private traceOf(): RequestFaults["trace"] {
        const length = this.options.traceLength ?? 0;
        const echo = (this.options.echoRate ?? 0) > 0;
        return length > 0 || echo ? { length, echo } : undefined;
    }

    /** True when the task being created is to fail (one draw). */
    nextTaskFails(): boolean {
        return this.random() < (this.options.taskFailureRate ?? 0);
    }

    /** True when the dataset being created, or the version being published, is to fail (one draw). */
    nextDatasetFails(): boolean {
        return this.random() < (this.options.datasetFailureRate ?? 0);
    }
}

/** The request faults a planned fault stands for. */
function planned(fault: PlannedFault["fault"]): Omit<RequestFaults, "latencyMs" | "drop"> & { drop?: boolean } {
    if (fault === "drop") return { drop: true };
    if (typeof fault === "number") return { error: { status: fault } };
    if (fault.kind === "date") return { date: fault.date };
    if (fault.kind === "redirect" || fault.kind === "error") return { gateway: fault };
    return { answer: fault };
}

const KEYS: Record<string, (options: Mutable<FaultOptions>, value: string) => void> = {
    latency: (o, v) => {
        const m = /^(\d+)(?:-(\d+))?$/.exec(v);
        const [min, max] = [Number(m?.[1]), Number(m?.[2] ?? m?.[1])];
        if (!m || max < min) throw new Error(`latency must be MS or MIN-MAX, got "${v}"`);
        o.latencyMs = { min, max };
    },
    "429": (o, v) => (o.throttleRate = share("429", v)),
    "5xx": (o, v) => (o.serverErrorRate = share("5xx", v)),
    drop: (o, v) => (o.dropRate = share("drop", v)),
    fail: (o, v) => (o.taskFailureRate = share("fail", v)),
    datasetFail: (o, v) => (o.datasetFailureRate = share("datasetFail", v)),
    date: (o, v) => (o.dateFaultRate = share("date", v)),
    redirect: (o, v) => (o.redirectRate = share("redirect", v)),
    stall: (o, v) => (o.stallRate = share("stall", v)),
    truncate: (o, v) => (o.truncateRate = share("truncate", v)),
    garble: (o, v) => (o.garbleRate = share("garble", v)),
    echo: (o, v) => (o.echoRate = share("echo", v)),
    trace: (o, v) => {
        if (!/^\d+$/.test(v)) throw new Error(`trace must be a whole number of characters, got "${v}"`);
        o.traceLength = +v;
    },
    retryAfter: (o, v) => {
        if (!/^\d+$/.test(v)) throw new Error(`retryAfter must be whole seconds, got "${v}"`);
        o.retryAfterSeconds = +v;
    },
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parses `latency=20-200,5xx=0.1,429=0.1,retryAfter=1,drop=0.05,fail=0.1` (any subset, any order). */
export function parseFaultSpec(spec: string): FaultOptions {
    const options: Mutable<FaultOptions> = {};
    for (const part of spec
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "")) {
        const [key, value, extra] = part.split("=");
        const apply = key === undefined ? undefined : KEYS[key];
        if (apply === undefined || value === undefined || extra !== undefined) {
            throw new Error(`unknown fault "${part}"; expected one of ${Object.keys(KEYS).join(", ")} as key=value`);
        }
        apply(options, value);
    }
    if ((options.throttleRate ?? 0) + (options.serverErrorRate ?? 0) > 1) throw new Error("429 + 5xx exceeds 1");
    const answerShares = [options.stallRate, options.truncateRate, options.garbleRate, options.echoRate];
    if (answerShares.reduce<number>((sum, v) => sum + (v ?? 0), 0) > 1)
        throw new Error("stall + truncate + garble + echo exceeds 1");
    return options;
}

function share(key: string, value: string): number {
    const rate = Number(value);
    if (value.trim() === "" || !(rate >= 0 && rate <= 1)) {
        throw new Error(`${key} must be a share in 0..1, got "${value}"`);
    }
    return rate;
}

/** A Java-like stack trace of `length` characters. */
export function stackTrace(length: number): string {
    const frame = "\n\tat com.huawei.modelarts.dataset.service.TaskService.handle(TaskService.java:421)";
    return `java.lang.IllegalStateException: backend failure${frame.repeat(Math.ceil(length / frame.length))}`.slice(
        0,
        length,
    );
}
