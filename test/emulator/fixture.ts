/**
 * Test fixture: an emulator on port 0 with a temporary data directory (seeded with the shipped sample data), a
 * fake clock shared with the signer, and `call`, which signs requests exactly as the provider does (signer.ts)
 * and sends them with the global `fetch`.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { authorizationHeader, formatSdkDate } from "../../provider/client/signer";
import {
    DEFAULT_PROJECT_ID,
    DEMO_CREDENTIALS,
    EmulatorOptions,
    RunningEmulator,
    startEmulator,
} from "../../emulator/server";
import { FakeClock } from "../../testkit/fake-clock";

/** The dataset every fixture starts with. */
export const DATASET_ID = "gfghHSokody6AJigS5A";
/** Task duration of the fixtures: a fifth queued, the rest running. */
export const DURATION_MS = 100;

/** How to authenticate one call. */
export type CallAuth =
    | { readonly kind: "aksk"; readonly accessKey: string; readonly secretKey: string; readonly securityToken?: string }
    | { readonly kind: "token"; readonly token: string }
    | { readonly kind: "none" };

/** Options of one call. */
export interface CallOptions {
    readonly body?: unknown;
    /** Sent as is (already JSON or deliberately not). */
    readonly rawBody?: string;
    readonly query?: Record<string, string | number>;
    readonly auth?: CallAuth;
    readonly headers?: Record<string, string>;
    /** Path prefix instead of `/v2/<project id>`. */
    readonly prefix?: string;
    /** Signing time instead of the clock's. */
    readonly signedAt?: number;
    /** Sent instead of the body that was signed (a tampered request). */
    readonly sentBody?: string;
}

/** An answer. */
export interface CallResult {
    readonly status: number;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly body: any;
    readonly headers: Headers;
}

/** A running emulator for one test. */
export class EmulatorFixture {
    private constructor(
        readonly emulator: RunningEmulator,
        readonly dataDir: string,
        readonly clock: FakeClock,
    ) {}

    /** Starts an emulator with the sample data and the dataset {@link DATASET_ID}. */
    static async start(options: Partial<EmulatorOptions> = {}): Promise<EmulatorFixture> {
        const dataDir = mkdtempSync(join(tmpdir(), "emulator-test-"));
        cpSync(join(__dirname, "..", "..", "examples", "sample-data"), dataDir, { recursive: true });
        const clock = new FakeClock();
        const emulator = await startEmulator({
            dataDir,
            clock,
            taskDurationMs: DURATION_MS,
            datasets: [{ id: DATASET_ID, name: "cats-dogs" }],
            ...options,
        });
        return new EmulatorFixture(emulator, dataDir, clock);
    }

    /** Advances the fake clock. */
    async advance(ms: number): Promise<void> {
        await this.clock.sleep(ms);
    }

    /** The body of a GET of `path`. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async get(path: string, options: CallOptions = {}): Promise<any> {
        return (await this.call("GET", path, options)).body;
    }

    /** Sends a request to `/v2/<project>` + `path`, signed with the demo AK/SK unless told otherwise. */
    async call(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
        const url = new URL(this.emulator.url + (options.prefix ?? `/v2/${DEFAULT_PROJECT_ID}`) + path);
        for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.append(k, String(v));
        const body = options.rawBody ?? (options.body === undefined ? "" : JSON.stringify(options.body));
        const headers = { ...this.authHeaders(method, url, body, options), ...options.headers };
        delete headers.Host; // fetch sends the same value itself
        const sent = options.sentBody ?? body;
        const response = await fetch(url, { method, headers, ...(sent === "" ? {} : { body: sent }) });
        const text = await response.text();
        return { status: response.status, body: text === "" ? undefined : JSON.parse(text), headers: response.headers };
    }

    private authHeaders(method: string, url: URL, body: string, options: CallOptions): Record<string, string> {
        const auth = options.auth ?? { kind: "aksk", ...DEMO_CREDENTIALS };
        const headers: Record<string, string> = {
            "Content-Type": "application/json",
            "X-Project-Id": DEFAULT_PROJECT_ID,
            ...options.headers,
            Host: url.host,
            "X-Sdk-Date": formatSdkDate(options.signedAt ?? this.clock.now()),
        };
        if (auth.kind === "token") return { ...headers, "X-Auth-Token": auth.token };
        if (auth.kind === "none") return headers;
        if (auth.securityToken !== undefined) headers["X-Security-Token"] = auth.securityToken;
        const query = [...url.searchParams.entries()];
        const signable = { method, path: url.pathname, query, headers, body };
        return { ...headers, Authorization: authorizationHeader(signable, auth.accessKey, auth.secretKey) };
    }

    /** Stops the emulator and removes its data directory. */
    async close(): Promise<void> {
        await this.emulator.close();
        rmSync(this.dataDir, { recursive: true, force: true });
    }
}

/** Asserts that `answer` is the error `code` with HTTP `status`, and has a request id. */
export function assertError(answer: CallResult, status: number, code: string, what?: string): void {
    assert.deepEqual([answer.status, answer.body?.error_code], [status, code], what);
    assert.equal(typeof answer.body.error_msg, "string");
    assert.ok(answer.headers.get("x-request-id"), "X-Request-Id");
}

/** Creates an import task of the sample images (or `body`) and returns its id. */
export async function createImport(fixture: EmulatorFixture, body: object = {}): Promise<string> {
    const answer = await fixture.call("POST", `/datasets/${DATASET_ID}/import-tasks`, {
        body: { import_path: "obs://my-bucket/raw/cats-dogs/", import_type: "dir", ...body },
    });
    if (answer.status !== 200)
        throw new Error(`import create answered ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.task_id as string;
}

/** A create body of the sample images (12 files, 8 labelled), with `extra` fields. */
export function catsDogs(extra: object = {}): Record<string, unknown> {
    return {
        dataset_name: "pets",
        dataset_type: 0,
        data_sources: [{ data_type: 0, data_path: "/my-bucket/raw/cats-dogs/" }],
        work_path: "/my-bucket/work/",
        work_path_type: 0,
        labels: [{ name: "cat", type: 0, property: { "@modelarts:color": "#3399ff" } }],
        ...extra,
    };
}

/** Creates a dataset and waits until it is normal; resolves to its id. */
export async function createDataset(fixture: EmulatorFixture, body: object = catsDogs()): Promise<string> {
    const created = await fixture.call("POST", "/datasets", { body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await fixture.advance(DURATION_MS);
    return created.body.dataset_id as string;
}
