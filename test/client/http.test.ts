import assert from "node:assert/strict";
import { FINAL_ATTEMPT_GRACE_MS } from "../../provider/client/deadline";
import { HttpRequest, HttpTransport } from "../../provider/client/http";
import type { TransportOptions } from "../../provider/client/layer";
import { isRetryable, ModelArtsError } from "../../provider/client/errors";
import { RetryBudget, sharedRetryBudget } from "../../provider/client/retry-budget";
import { SendRateLimiter, type SendTicket } from "../../provider/client/send-rate";
import type { ClientSettings } from "../../provider/client/settings";
import { formatSdkDate } from "../../provider/client/signer";
import { parseAuthorization, verifySignature } from "../../emulator/http/verify-signature";
import { EventClock, FakeClock } from "../../testkit/fake-clock";
import { expectConfigurationError, expectModelArtsError } from "./expect-error";
import {
    ACCESS_KEY,
    akskSettings,
    AUTH_TOKEN,
    FakeFetch,
    hasValidSignature,
    networkError,
    RecordedCall,
    Reply,
    SECRET_KEY,
    SECURITY_TOKEN,
    signableOf,
} from "./fake-fetch";

const IMPORT_PATH = "/v2/0abc9d/datasets/d1/import-tasks";
const post: HttpRequest = {
    method: "POST",
    path: IMPORT_PATH,
    body: { import_path: "s3://b/猫/", import_type: "dir" },
};
const get: HttpRequest = { method: "GET", path: `${IMPORT_PATH}/t1` };
const ok = (body: unknown = {}): Reply => ({ status: 200, body });

function setup(replies: Reply[], options: TransportOptions = {}, settings: ClientSettings = akskSettings) {
    const server = new FakeFetch(replies);
    const clock = new FakeClock();
    const budget = new RetryBudget();
    const sendRate = new SendRateLimiter({ clock });
    const transport = new HttpTransport(settings, {
        fetch: server.fetch,
        clock,
        random: () => 0.5,
        retryBudget: budget,
        sendRate,
        ...options,
    });
    return { server, clock, budget, sendRate, transport };
}

/** As {@link setup}, on a clock that moves only when every request waits on it: a cut-off fires with no real time passing. */
function setupOnEvents(replies: Reply[], options: TransportOptions = {}) {
    const server = new FakeFetch(replies);
    const clock = new EventClock();
    const sendRate = new SendRateLimiter({ clock });
    const transport = new HttpTransport(akskSettings, {
        fetch: server.fetch,
        clock,
        random: () => 0.5,
        retryBudget: new RetryBudget(),
        sendRate,
        ...options,
    });
    return { server, clock, sendRate, transport };
}

/** An answer that never comes: the attempt hangs until its signal aborts. */
const hangUntilAborted: Reply = (call) =>
    new Promise((_, reject) => {
        const abortError = Object.assign(new Error("aborted"), { name: "AbortError" });
        call.signal.addEventListener("abort", () => {
            reject(abortError);
        });
    });

const temporaryCredentials: ClientSettings = {
    ...akskSettings,
    credentials: { kind: "aksk", accessKey: ACCESS_KEY, secretKey: SECRET_KEY, securityToken: SECURITY_TOKEN },
};

const header = (call: RecordedCall, name: string) =>
    Object.entries(call.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

describe("client/http", () => {
    describe("signing", () => {
        it("signs Host, X-Sdk-Date, X-Project-Id and Content-Type over the exact body sent", async () => {
            const { server, clock, transport } = setup([ok({ task_id: "t1" })]);
            await transport.send(post);
            const [call] = server.calls;
            assert.ok(call, "the request was sent");
            assert.equal(call.body, JSON.stringify(post.body));
            assert.equal(header(call, "Host"), "modelarts.cn-north-4.myhuaweicloud.com");
            assert.equal(header(call, "X-Project-Id"), "0abc9d");
            assert.equal(header(call, "X-Sdk-Date"), formatSdkDate(clock.now()));
            const auth = parseAuthorization(header(call, "Authorization"));
            assert.ok(auth);
            assert.equal(auth.accessKey, ACCESS_KEY);
            for (const name of ["host", "x-sdk-date", "x-project-id", "content-type"]) {
                assert.ok(auth.signedHeaders.includes(name), name);
            }
            assert.equal(verifySignature(signableOf(call), auth, SECRET_KEY), true);
            assert.equal(verifySignature({ ...signableOf(call), body: "{}" }, auth, SECRET_KEY), false);
        });

        it("sends the query it signed, encoded", async () => {
            const { server, transport } = setup([ok()]);
            await transport.send({ ...get, query: { limit: 100, offset: 0, task_name: "a b&c*" } });
            const [call] = server.calls;
            assert.ok(call, "the request was sent");
            assert.equal(call.url.search, "?limit=100&offset=0&task_name=a%20b%26c*");
            assert.equal(call.body, undefined);
            assert.equal(hasValidSignature(call, SECRET_KEY), true);
        });

        it("signs X-Security-Token for temporary credentials", async () => {
            const { server, transport } = setup([ok()], {}, temporaryCredentials);
            await transport.send(get);
            const [call] = server.calls;
            assert.ok(call, "the request was sent");
            assert.equal(header(call, "X-Security-Token"), SECURITY_TOKEN);
            const auth = parseAuthorization(header(call, "Authorization"))!;
            assert.ok(auth.signedHeaders.includes("x-security-token"));
            assert.equal(verifySignature(signableOf(call), auth, SECRET_KEY), true);
            const forged = { ...signableOf(call), headers: { ...call.headers, "X-Security-Token": "other" } };
            assert.equal(verifySignature(forged, auth, SECRET_KEY), false);
        });

        it("sends X-Auth-Token and no Authorization in token mode", async () => {
            const settings: ClientSettings = { ...akskSettings, credentials: { kind: "token", authToken: AUTH_TOKEN } };
            const { server, transport } = setup([ok()], {}, settings);
            await transport.send(get);
            const [call] = server.calls;
            assert.ok(call, "the request was sent");
            assert.equal(header(call, "X-Auth-Token"), AUTH_TOKEN);
            assert.equal(header(call, "Authorization"), undefined);
            assert.equal(header(call, "X-Project-Id"), "0abc9d");
        });

        it("re-signs every retry with the time it is sent", async () => {
            const { server, transport } = setup([{ status: 503, headers: { "Retry-After": "2" } }, ok()]);
            await transport.send(get);
            const dates = server.calls.map((c) => header(c, "X-Sdk-Date"));
            assert.notEqual(dates[0], dates[1]);
            for (const call of server.calls) {
                assert.equal(hasValidSignature(call, SECRET_KEY), true);
            }
        });

        it("refuses to send credentials over http to a host that is not loopback", () => {
            const settings = { ...akskSettings, endpoint: "http://modelarts.example.com" };
            expectConfigurationError(() => new HttpTransport(settings, { fetch: new FakeFetch([]).fetch }));
        });

        it("keeps the endpoint's base path and port", async () => {
            const endpoint = "http://127.0.0.1:8080/proxy";
            const { server, transport } = setup([ok()], {}, { ...akskSettings, endpoint });
            await transport.send(get);
            const [call] = server.calls;
            assert.ok(call, "the request was sent");
            assert.equal(call.url.href, `${endpoint}${IMPORT_PATH}/t1`);
            assert.equal(header(call, "Host"), "127.0.0.1:8080");
            assert.equal(hasValidSignature(call, SECRET_KEY), true);
        });
    });

    describe("answers", () => {
        it("returns the parsed JSON body", async () => {
            const { transport } = setup([ok({ status: "RUNNING", import_type: 0 })]);
            assert.deepEqual(await transport.send(get), { status: "RUNNING", import_type: 0 });
        });

        it("reads an empty body or {} as {}", async () => {
            const { transport } = setup([{ status: 204 }, { status: 200, body: "{ }" }]);
            assert.deepEqual(await transport.send({ method: "DELETE", path: "/v2/p/processor-tasks/t" }), {});
            assert.deepEqual(await transport.send({ method: "DELETE", path: "/v2/p/processor-tasks/t" }), {});
        });

        it("takes a 2xx body that is not JSON for a lost answer: a GET is retried, a POST's outcome is unknown", async () => {
            const { server, transport } = setup([{ status: 200, body: "<html>ok</html>" }, ok()]);
            assert.deepEqual(await transport.send(get), {});
            assert.equal(server.calls.length, 2);
            const posted = setup([{ status: 200, body: "<html>ok</html>" }]);
            const error = await expectModelArtsError(
                posted.transport.send({ method: "POST", path: "/v2/p/processor-tasks", body: {} }),
            );
            assert.equal(error.status, 200);
            assert.equal(error.errorMsg, "the answer is not JSON");
            assert.equal(error.outcomeUnknown, true);
            assert.equal(posted.server.calls.length, 1);
        });

        it("turns an error answer into a ModelArtsError with code, message, request id, method and path", async () => {
            const { transport } = setup([
                {
                    status: 400,
                    body: { error_code: "ModelArts.4352", error_msg: "Dataset not found" },
                    headers: { "X-Request-Id": "6b1f0c" },
                },
            ]);
            const error = await expectModelArtsError(transport.send({ ...post, query: { limit: 1 } }));
            assert.equal(error.name, "ModelArtsError");
            assert.equal(error.status, 400);
            assert.equal(error.errorCode, "ModelArts.4352");
            assert.equal(error.errorMsg, "Dataset not found");
            assert.equal(error.requestId, "6b1f0c");
            assert.equal(error.method, "POST");
            assert.equal(error.path, IMPORT_PATH);
            assert.equal(
                error.message,
                `ModelArts POST ${IMPORT_PATH} failed: HTTP 400 ModelArts.4352 Dataset not found (request id 6b1f0c)`,
            );
            assert.equal(error.outcomeUnknown, false);
        });

        it("keeps the start of a non-JSON error body as the message", async () => {
            const { transport } = setup([{ status: 418, body: "<html>\n  I'm a teapot\n</html>" }]);
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(error.errorCode, undefined);
            assert.equal(error.errorMsg, "<html> I'm a teapot </html>");
        });
    });

    describe("retries of idempotent requests", () => {
        it("does not retry an endpoint host that does not resolve, naming the host and the region", async () => {
            const settings = { ...akskSettings, region: "cn-north-4" };
            const { server, clock, transport } = setup([networkError("ENOTFOUND"), ok()], {}, settings);
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(server.calls.length, 1);
            assert.deepEqual(clock.sleeps, []);
            assert.equal(isRetryable(error), false);
            assert.match(
                error.message,
                /endpoint host modelarts\.cn-north-4\.myhuaweicloud\.com \(from region "cn-north-4"\) does not resolve/,
            );
        });

        it("retries a temporary resolver failure (EAI_AGAIN)", async () => {
            const { server, transport } = setup([networkError("EAI_AGAIN"), ok({ status: "RUNNING" })]);
            assert.deepEqual(await transport.send(get), { status: "RUNNING" });
            assert.equal(server.calls.length, 2);
        });

        it("waits at least Retry-After seconds after a 429", async () => {
            const { clock, transport } = setup([{ status: 429, headers: { "Retry-After": "3" } }, ok({ a: 1 })]);
            assert.deepEqual(await transport.send(get), { a: 1 });
            assert.deepEqual(clock.sleeps, [3000]);
            assert.deepEqual(transport.stats(), { requests: 2, retries: 1, throttled: 1 });
        });

        it("waits until a Retry-After HTTP-date", async () => {
            const clock = new FakeClock();
            const until = new Date(clock.now() + 7000).toUTCString();
            const { transport } = setup([{ status: 429, headers: { "Retry-After": until } }, ok()], { clock });
            await transport.send(get);
            assert.deepEqual(clock.sleeps, [7000]);
        });

        it("backs off with full jitter, doubling up to maxAttempts, then throws the last error", async () => {
            const { server, clock, transport } = setup(Array(5).fill({ status: 503 }));
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(error.status, 503);
            assert.equal(server.calls.length, 5);
            assert.deepEqual(clock.sleeps, [250, 500, 1000, 2000]); // random() = 0.5 of 500 ms × 2^n
        });

        it("keeps the backoff when Retry-After is shorter", async () => {
            const { clock, transport } = setup([{ status: 429, headers: { "Retry-After": "0" } }, ok()]);
            await transport.send(get);
            assert.deepEqual(clock.sleeps, [250]);
        });

        it("retries network errors, and PUT and DELETE like GET", async () => {
            const { server, transport } = setup([
                networkError("ECONNRESET"),
                ok(),
                { status: 502 },
                ok(),
                { status: 408 },
                ok(),
            ]);
            await transport.send(get);
            await transport.send({ method: "PUT", path: "/v2/p/processor-tasks/t", body: { description: "d" } });
            await transport.send({ method: "DELETE", path: "/v2/p/processor-tasks/t" });
            assert.deepEqual(
                server.calls.map((c) => c.method),
                ["GET", "GET", "PUT", "PUT", "DELETE", "DELETE"],
            );
        });

        it("starts no retry after notAfterMs: a poll does not outlive its wait's deadline", async () => {
            const clock = new FakeClock();
            const { server, transport } = setup(Array(5).fill({ status: 503 }), { clock });
            const error = await expectModelArtsError(transport.send({ ...get, notAfterMs: clock.now() + 1_000 }));
            assert.equal(error.status, 503);
            assert.deepEqual(clock.sleeps, [250, 500], "a third retry would start 1.75 s after the first attempt");
            assert.equal(server.calls.length, 3);
        });

        it("does not retry a client error", async () => {
            const { server, transport } = setup([{ status: 403, body: { error_code: "ModelArts.0206" } }, ok()]);
            await expectModelArtsError(transport.send(get));
            assert.equal(server.calls.length, 1);
        });

        it("hands a Retry-After over a minute to the caller instead of sleeping", async () => {
            const { server, clock, transport } = setup([{ status: 429, headers: { "Retry-After": "120" } }]);
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(error.retryAfterMs, 120_000);
            assert.equal(server.calls.length, 1);
            assert.deepEqual(clock.sleeps, []);
        });

        it("stops retrying when the retry budget is exhausted", async () => {
            const budget = new RetryBudget({ capacity: 15 });
            const { server, transport } = setup([networkError("ECONNRESET"), { status: 503 }, { status: 503 }, ok()], {
                retryBudget: budget,
            });
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(error.status, 503);
            assert.equal(server.calls.length, 3); // 15 tokens: a network retry (10), an HTTP retry (5), then none
            assert.deepEqual(budget.stats(), { available: 0, granted: 2, refused: 1 });
        });

        it("draws on the process-wide budget unless given one", async () => {
            const server = new FakeFetch([{ status: 503 }, ok()]);
            const clock = new FakeClock();
            const sendRate = new SendRateLimiter({ clock });
            const transport = new HttpTransport(akskSettings, { fetch: server.fetch, clock, sendRate });
            const before = sharedRetryBudget.stats().granted;
            await transport.send(get);
            assert.equal(sharedRetryBudget.stats().granted, before + 1);
        });

        it("shares the budget between transports", async () => {
            const budget = new RetryBudget({ capacity: 5 });
            const draining = setup([{ status: 500 }, { status: 500 }], { retryBudget: budget, maxAttempts: 2 });
            await expectModelArtsError(draining.transport.send(get));
            const starved = setup([{ status: 500 }, ok()], { retryBudget: budget });
            assert.equal((await expectModelArtsError(starved.transport.send(get))).status, 500);
            assert.equal(starved.server.calls.length, 1);
        });
    });

    describe("the service's clock", () => {
        it("is read off the Date header of the last answer, to whole seconds", async () => {
            const clock = new FakeClock();
            const serviceTime = new Date(clock.now() + 61_400).toUTCString(); // the header drops the 400 ms
            const { transport } = setup([ok(), { status: 200, body: {}, headers: { Date: serviceTime } }], { clock });
            await transport.send(get);
            assert.deepEqual(transport.serverTime(clock.now()), {
                atMs: clock.now(),
                uncertaintyMs: 900_000,
                known: false,
            });
            await transport.send(get);
            assert.deepEqual(transport.serverTime(clock.now() + 5_000), {
                atMs: clock.now() + 66_000,
                uncertaintyMs: 2_000,
                known: true,
            });
        });
    });

    describe("a hostile network", () => {
        it("does not follow a redirect: a 3xx is an error naming the location's host, retried at the endpoint", async () => {
            const redirect: Reply = { status: 307, headers: { Location: "https://elsewhere.example:8443/v2/p" } };
            const { server, transport } = setup([redirect, ok({ status: "RUNNING" })]);
            assert.deepEqual(await transport.send(get), { status: "RUNNING" });
            assert.equal(server.calls.length, 2);
            assert.ok(server.calls.every((c) => c.url.host === "modelarts.cn-north-4.myhuaweicloud.com"));
            const posted = setup([redirect]);
            const error = await expectModelArtsError(posted.transport.send(post));
            assert.match(error.message, /HTTP 307 redirected to elsewhere\.example:8443: redirects are not followed/);
            assert.equal(error.outcomeUnknown, false);
        });

        it("asks fetch not to follow redirects", async () => {
            const { server, transport } = setup([ok()]);
            await transport.send(get);
            assert.equal((server.calls[0] as unknown as { redirect?: string }).redirect, "manual");
        });

        it("believes a Date within 15 minutes of our clock only", async () => {
            const clock = new FakeClock();
            const at = (offsetMs: number) => ({
                status: 200,
                body: {},
                headers: { Date: new Date(clock.now() + offsetMs).toUTCString() },
            });
            const { transport } = setup(
                [at(24 * 3_600_000), at(-16 * 60_000), { status: 200, body: {} }, at(-14 * 60_000)],
                { clock },
            );
            for (let i = 0; i < 3; i++) {
                await transport.send(get);
                assert.equal(transport.serverTime(clock.now()).known, false, `answer ${i + 1}`);
            }
            await transport.send(get);
            assert.deepEqual(transport.serverTime(clock.now()), {
                atMs: clock.now() - 14 * 60_000,
                uncertaintyMs: 2_000,
                known: true,
            });
        });

        it("cuts an attempt at the deadline (a GET 1.5 s after it) on the injected clock, and sends nothing once it has passed", async () => {
            const { server, clock, transport } = setupOnEvents([hangUntilAborted, hangUntilAborted], {
                attemptTimeoutMs: 60_000,
            });
            const realStart = Date.now();
            const start = clock.now();
            const posted = await expectModelArtsError(clock.run(transport.send({ ...post, notAfterMs: start + 50 })));
            assert.equal(posted.errorMsg, "timed out at the resource's deadline");
            assert.equal(posted.outcomeUnknown, true);
            assert.equal(clock.now(), start + 50, "the POST is cut at its deadline");
            const polled = await expectModelArtsError(clock.run(transport.send({ ...get, notAfterMs: start + 100 })));
            assert.equal(polled.errorMsg, "timed out at the resource's deadline");
            assert.equal(clock.now(), start + 100 + FINAL_ATTEMPT_GRACE_MS, "the GET gets its grace, and no retry");
            const late = await expectModelArtsError(
                clock.run(transport.send({ ...get, notAfterMs: clock.now() - 2_000 })),
            );
            assert.equal(late.errorMsg, "not sent: the resource's deadline had passed");
            assert.equal(late.outcomeUnknown, false);
            assert.equal(server.calls.length, 2);
            assert.equal(transport.stats().requests, 2);
            assert.ok(Date.now() - realStart < 1_000, "no real timer was waited for");
        });

        it("leaves no timer behind once a call with a deadline is over", async () => {
            const { clock, transport } = setupOnEvents([ok()]);
            const start = clock.now();
            await clock.run(transport.send({ ...post, notAfterMs: start + 60_000 }));
            await assert.rejects(clock.run(new Promise(() => undefined)), /blocked on something other than the clock/);
            assert.equal(clock.now(), start, "neither the deadline's nor the attempt's timer was left to fire");
        });

        it("redacts a JSON-escaped token from a 2xx answer and bounds a long error_msg", async () => {
            const escaped = JSON.stringify(SECURITY_TOKEN).slice(1, -1).replace(/\//g, "\\/");
            const body = `{"status":"RUNNING","trace":"${escaped}"}`;
            const settings = {
                ...akskSettings,
                credentials: { ...akskSettings.credentials, securityToken: SECURITY_TOKEN },
            } as ClientSettings;
            const { transport } = setup(
                [
                    { status: 200, body },
                    { status: 400, body: { error_code: "ModelArts.0101", error_msg: "e".repeat(50_000) } },
                ],
                {},
                settings,
            );
            assert.deepEqual(await transport.send(get), { status: "RUNNING", trace: "***" });
            const error = await expectModelArtsError(transport.send(get));
            assert.ok(error.message.length < 1_300, `${error.message.length} characters`);
            assert.match(error.errorMsg ?? "", /48976 more characters left out/);
        });
    });

    describe("pacing", () => {
        it("sends without waiting while nothing is throttled", async () => {
            const { clock, transport, sendRate } = setup([ok(), ok(), ok()]);
            for (let i = 0; i < 3; i++) await transport.send(get);
            assert.deepEqual(clock.sleeps, []);
            assert.equal(sendRate.stats().cuts, 0);
        });

        it("reports each answer to the process's limiter, throttled or not", async () => {
            const clock = new FakeClock();
            const recorded: boolean[] = [];
            const sendRate = new (class extends SendRateLimiter {
                override record(ticket: SendTicket, throttled: boolean) {
                    recorded.push(throttled);
                    super.record(ticket, throttled);
                }
            })({ clock });
            const throttled = { status: 429, headers: { "Retry-After": "0" } };
            const { transport } = setup([throttled, ok(), { status: 503 }, ok()], { clock, sendRate });
            await transport.send(get);
            await transport.send(get);
            assert.deepEqual(recorded, [true, false, false, false]);
        });

        it("takes no slot for a request whose deadline passed while it waited: the next goes at the pace", async () => {
            const sentAt: number[] = [];
            const stamped: Reply = () => (sentAt.push(clock.now()), Promise.resolve(ok()));
            const { server, clock, sendRate, transport } = setupOnEvents([stamped, stamped]);
            const throttled = await clock.run(Promise.all(Array.from({ length: 25 }, () => sendRate.acquire())));
            throttled.forEach((ticket) => {
                sendRate.record(ticket, true);
            });
            assert.equal(sendRate.paceAt(clock.now()), 1, "cut to 1 request/s");
            const start = clock.now();
            const [, givenUp, next] = await clock.run(
                Promise.all([
                    transport.send(get), // goes at once; the next slot is a second later
                    transport.send({ ...post, notAfterMs: start + 200 }).catch((e: unknown) => e),
                    clock.sleep(300).then(() => transport.send(get)),
                ]),
            );
            assert.ok(ModelArtsError.isInstance(givenUp));
            assert.equal(givenUp.errorMsg, "not sent: the resource's deadline had passed");
            assert.equal(givenUp.outcomeUnknown, false);
            assert.deepEqual(next, {});
            assert.equal(server.calls.length, 2);
            assert.deepEqual(
                sentAt.map((at) => at - start),
                [0, 1_000],
                "the next request takes the slot the one that gave up left, not the one after",
            );
        });
    });

    describe("POST", () => {
        const cases: Array<[string, Reply, boolean]> = [
            ["a connection reset after sending", networkError("ECONNRESET"), true],
            ["a socket timeout", networkError("ETIMEDOUT"), true],
            ["a refused connection", networkError("ECONNREFUSED"), false],
            ["an unknown host", networkError("ENOTFOUND"), false],
            ["an untrusted certificate", networkError("DEPTH_ZERO_SELF_SIGNED_CERT"), false],
            ["HTTP 502", { status: 502 }, true],
            ["HTTP 504", { status: 504 }, true],
            ["HTTP 503", { status: 503 }, true],
            ["HTTP 500", { status: 500 }, true],
            ["HTTP 429", { status: 429, headers: { "Retry-After": "1" } }, false],
            ["HTTP 400", { status: 400, body: { error_code: "ModelArts.4356" } }, false],
            ["a 200 that is not JSON", { status: 200, body: "task created" }, true],
        ];
        for (const [what, reply, unknown] of cases) {
            it(`is sent once on ${what}, outcomeUnknown ${unknown}`, async () => {
                const { server, clock, transport } = setup([reply, ok({ task_id: "second" })]);
                const error = await expectModelArtsError(transport.send(post));
                assert.equal(server.calls.length, 1);
                assert.deepEqual(clock.sleeps, []);
                assert.equal(error.outcomeUnknown, unknown);
                assert.equal(error.message.endsWith("the request may have been applied"), unknown);
            });
        }

        it("reports a lost GET answer as not an unknown outcome", async () => {
            const { transport } = setup([networkError("ECONNRESET")], { maxAttempts: 1 });
            const error = await expectModelArtsError(transport.send(get));
            assert.equal(error.status, undefined);
            assert.equal(error.outcomeUnknown, false);
            assert.match(error.message, /^ModelArts GET .* failed: no answer \(network error ECONNRESET\)$/);
        });
    });

    describe("per-attempt timeout", () => {
        it("aborts an attempt that takes longer than attemptTimeoutMs, on the injected clock", async () => {
            const { clock, transport } = setupOnEvents([hangUntilAborted], { attemptTimeoutMs: 5 });
            const start = clock.now();
            const error = await expectModelArtsError(clock.run(transport.send(post)));
            assert.equal(error.errorMsg, "timed out after 5 ms");
            assert.equal(error.outcomeUnknown, true);
            assert.equal(clock.now(), start + 5);
        });

        it("retries a GET that timed out", async () => {
            const { server, clock, transport } = setupOnEvents([hangUntilAborted, ok({ a: 1 })], {
                attemptTimeoutMs: 5,
            });
            const start = clock.now();
            assert.deepEqual(await clock.run(transport.send(get)), { a: 1 });
            assert.equal(server.calls.length, 2);
            assert.equal(clock.now(), start + 5 + 250, "the timeout, then the backoff");
        });
    });

    describe("secrets", () => {
        const echo = (secret: string): Reply[] => [
            { status: 401, body: { error_code: "APIGW.0301", error_msg: `bad signature for ${secret}` } },
            { status: 502, body: `<html>upstream said ${secret}</html>` },
            Object.assign(new Error(`socket hang up near ${secret}`), { code: "ECONNRESET" }),
        ];
        const settingsWith: Array<[string, string, ClientSettings]> = [
            ["secret key", SECRET_KEY, akskSettings],
            ["security token", SECURITY_TOKEN, temporaryCredentials],
            ["IAM token", AUTH_TOKEN, { ...akskSettings, credentials: { kind: "token", authToken: AUTH_TOKEN } }],
        ];
        it("never puts the start of a long token in an error when a non-JSON answer echoing it is shortened", async () => {
            const token = `MIIX${"a1B2c3D4".repeat(100)}`; // IAM tokens run to kilobytes
            const settings: ClientSettings = { ...akskSettings, credentials: { kind: "token", authToken: token } };
            const { transport } = setup(
                [{ status: 401, body: `<html><pre>X-Auth-Token: ${token}</pre></html>` }],
                {},
                settings,
            );
            const error = await expectModelArtsError(transport.send(get));
            assert.ok(!`${error.message}${error.errorMsg}`.includes(token.slice(0, 40)), error.message);
            assert.match(error.errorMsg ?? "", /X-Auth-Token: \*\*\*/);
        });

        for (const [what, secret, settings] of settingsWith) {
            it(`never puts the ${what} in an error, even when the server echoes it`, async () => {
                const { transport } = setup(echo(secret), {}, settings);
                for (let i = 0; i < 3; i++) {
                    const error = await expectModelArtsError(transport.send(post));
                    const causeMessage = String((error.cause as Error | undefined)?.message);
                    const everything = [error.message, error.errorMsg, error.stack, causeMessage].join("\n");
                    assert.ok(!everything.includes(secret), everything);
                    assert.ok(error.message.includes("***") || causeMessage.includes("***"));
                }
            });
        }
    });
});
