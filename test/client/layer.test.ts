import assert from "node:assert/strict";
import { deadline } from "../../provider/client/deadline";
import { fetchAnswer } from "../../provider/client/fetch";
import { compose, ExchangeFailure, Layer, OutgoingRequest, RawResponse } from "../../provider/client/layer";
import { pace } from "../../provider/client/pace";
import { withRetries } from "../../provider/client/retry";
import { RetryBudget } from "../../provider/client/retry-budget";
import { SendRateLimiter } from "../../provider/client/send-rate";
import { EventClock } from "../../testkit/fake-clock";
import { FakeFetch } from "./fake-fetch";

const request: OutgoingRequest = {
    method: "GET",
    origin: "https://obs.cn-north-4.myhuaweicloud.com",
    path: "/bucket",
    query: [["prefix", "raw/"]],
    headers: {},
    priority: "routine",
};

/** An XML API's error, as its own answer reader would throw it. */
class XmlApiError extends Error {
    constructor(readonly status: number) {
        super(`HTTP ${status}`);
    }
}

describe("client/layer", () => {
    it("composes layers outermost first, every attempt through each", async () => {
        const seen: string[] = [];
        const named =
            (name: string): Layer =>
            async (outgoing, next) => {
                seen.push(`${name} in`);
                const response = await next({ ...outgoing, headers: { ...outgoing.headers, [name]: "1" } });
                seen.push(`${name} out`);
                return response;
            };
        const send = compose([named("a"), named("b")], (outgoing) => {
            seen.push(`sent ${Object.keys(outgoing.headers).join(",")}`);
            return Promise.resolve({ status: 200, headers: { get: () => null }, body: "" });
        });
        await send(request);
        assert.deepEqual(seen, ["a in", "b in", "sent a,b", "b out", "a out"]);
    });

    it("lets another API reuse retry, pace and deadline around its own signer and answer reader", async () => {
        const clock = new EventClock();
        const limiter = new SendRateLimiter({ clock });
        const recorded: boolean[] = [];
        limiter.record = (_ticket, throttled) => void recorded.push(throttled);
        const server = new FakeFetch([
            { status: 503, body: "<Error><Code>ServiceUnavailable</Code></Error>" },
            { status: 200, body: "<ListBucketResult><Name>bucket</Name></ListBucketResult>" },
        ]);
        const sign: Layer = (outgoing, next) =>
            next({ ...outgoing, headers: { ...outgoing.headers, Authorization: `OBS ak:signed-at-${clock.now()}` } });
        const send = compose([pace(limiter), deadline(clock, 30_000), sign], fetchAnswer(server.fetch));
        const readXml = async (answer: Promise<RawResponse>) => {
            const { status, body } = await answer;
            if (status >= 500) throw new XmlApiError(status);
            return /<Name>(.*)<\/Name>/.exec(body)?.[1];
        };
        const start = clock.now();
        const retryOptions = {
            budget: new RetryBudget(),
            clock,
            random: () => 0.5,
            maxAttempts: 3,
            judge: (error: unknown) =>
                error instanceof XmlApiError ? { retryAfterMs: 0, cause: "httpError" as const } : undefined,
        };
        const name = await clock.run(withRetries(() => readXml(send(request)), { idempotent: true }, retryOptions));
        assert.equal(name, "bucket");
        assert.deepEqual(
            server.calls.map((call) => call.headers.Authorization),
            [`OBS ak:signed-at-${start}`, `OBS ak:signed-at-${start + 250}`],
            "signed afresh for the retry",
        );
        assert.equal(server.calls[0]?.url.href, "https://obs.cn-north-4.myhuaweicloud.com/bucket?prefix=raw%2F");
        assert.deepEqual(recorded, [false, false], "each answer reported to the pace");
        const held = await send({ ...request, signal: clock.abortAfter(0).signal }).catch((e: unknown) => e);
        assert.ok(held instanceof ExchangeFailure);
        assert.equal(held.attempted, false);
        assert.equal(server.calls.length, 2, "nothing is sent once the request's signal has aborted");
    });
});
