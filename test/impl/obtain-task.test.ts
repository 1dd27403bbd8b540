import assert from "node:assert/strict";
import type { ModelArtsClient } from "../../provider/client/api";
import { ModelArtsError } from "../../provider/client/errors";
import { obtainTask } from "../../provider/impl/obtain-task";
import type { Session } from "../../provider/impl/session";
import type { AnyDriver, MatchFilter } from "../../provider/impl/kind-driver";
import { FakeClock } from "../../testkit/fake-clock";
import { scriptedSession } from "../../testkit/scripted-session";
import { stubDriver } from "../../testkit/stub-driver";

type Outcome<T> = T | Error;

/** A task kind whose POSTs and lists answer from scripts, recording each call. */
function scriptedKind(
    script: { posts: Outcome<string>[]; lists?: Outcome<string[]>[] },
    extra: Partial<AnyDriver> = {},
) {
    const calls: Array<{ call: "post" } | { call: "list"; filter: MatchFilter }> = [];
    const next = <T>(queue: Outcome<T>[] | undefined, what: string): T => {
        const outcome = queue?.shift();
        if (outcome === undefined) throw new Error(`unexpected ${what}`);
        if (outcome instanceof Error) throw outcome;
        return outcome;
    };
    const kind = stubDriver({
        // eslint-disable-next-line @typescript-eslint/require-await -- a scripted error must reject, as the real call's does
        submit: async () => (calls.push({ call: "post" }), next(script.posts, "POST")),
        // eslint-disable-next-line @typescript-eslint/require-await -- a scripted error must reject, as the real call's does
        findMatching: async (_client, _inputs, filter) => (
            calls.push({ call: "list", filter }),
            next(script.lists, "list")
        ),
        ...extra,
    });
    return { kind, calls };
}

const apiError = (
    status: number,
    extra: { errorCode?: string; retryAfterMs?: number; outcomeUnknown?: boolean } = {},
) => new ModelArtsError({ method: "POST", path: "/v2/p/datasets/d/import-tasks", status, ...extra });
const lostAnswer = () =>
    new ModelArtsError({ method: "POST", path: "/x", errorMsg: "network error ECONNRESET", outcomeUnknown: true });
const busy = () => apiError(400, { errorCode: "ModelArts.4356" });
const taken = () => apiError(400, { errorCode: "ModelArts.4709" });

describe("impl/obtain-task", () => {
    let clock: FakeClock;
    let session: Session;
    const inputs = { datasetId: "d", importPath: "obs://b/raw/", name: "validate-raw" };
    const hour = 3_600_000;
    beforeEach(() => {
        clock = new FakeClock();
        session = scriptedSession(clock);
    });

    it("creates with one POST and nothing else", async () => {
        const { kind, calls } = scriptedKind({ posts: ["t1"] });
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "t1",
            origin: "posted",
            submittedAtMs: clock.now(),
        });
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post"],
        );
    });

    it("times the task from its POST's answer: a POST held back by the pace leaves late", async () => {
        const heldMs = 1_400; // e.g. its turn of the process-wide pace, or its trip to the service
        const { kind } = scriptedKind({ posts: [] });
        const submit = async () => (await clock.sleep(heldMs), "t1");
        const calledAt = clock.now();
        const obtained = await obtainTask({ ...kind, submit }, session, inputs, calledAt + hour);
        assert.deepEqual(obtained, { id: "t1", origin: "posted", submittedAtMs: calledAt + heldMs });
    });

    it("adopts adoptTaskId without any call", async () => {
        const { kind, calls } = scriptedKind({ posts: [] });
        assert.deepEqual(await obtainTask(kind, session, { ...inputs, adoptTaskId: "old" }, clock.now() + hour), {
            id: "old",
            origin: "adoptInput",
        });
        assert.deepEqual(calls, []);
    });

    it("adopts a running task found before the POST when the kind lists first", async () => {
        const { kind, calls } = scriptedKind({ posts: [], lists: [["running"]] }, { listsBeforeCreate: true });
        const start = clock.now();
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "running",
            origin: "leftOver",
        });
        assert.deepEqual(calls, [{ call: "list", filter: { liveSinceMs: start, createdSinceMs: undefined } }]);
    });

    it("looks for the task after a POST with an unknown outcome, and adopts it instead of posting again", async () => {
        const { kind, calls } = scriptedKind({ posts: [lostAnswer()], lists: [["made-by-lost-post"]] });
        const sentAt = clock.now();
        const obtained = await obtainTask(kind, session, inputs, clock.now() + hour);
        assert.deepEqual(obtained, { id: "made-by-lost-post", origin: "lostAnswer", submittedAtMs: sentAt });
        assert.deepEqual(calls, [
            { call: "post" },
            { call: "list", filter: { liveSinceMs: sentAt, createdSinceMs: sentAt } },
        ]);
    });

    it("posts again only once a look has found nothing, and never while looks fail", async () => {
        const lookFails = new ModelArtsError({ method: "GET", path: "/x", status: 503 });
        const { kind, calls } = scriptedKind({
            posts: [apiError(504, { outcomeUnknown: true }), "t2"],
            lists: [lookFails, lookFails, []],
        });
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t2");
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "list", "list", "list", "post"],
        );
        assert.deepEqual(clock.sleeps, [250, 500, 1000], "the transport's full-jitter backoff, random() = 0.5");
    });

    it("sends a throttled POST again after Retry-After, first looking for a task a killed run left", async () => {
        const { kind, calls } = scriptedKind({ posts: [apiError(429, { retryAfterMs: 3000 }), "t1"], lists: [[]] });
        const start = clock.now();
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t1");
        assert.deepEqual(calls, [
            { call: "post" },
            { call: "list", filter: { liveSinceMs: start, createdSinceMs: undefined } },
            { call: "post" },
        ]);
        assert.deepEqual(clock.sleeps, [3000]);
    });

    it("backs off one step per throttled POST, however many looks found nothing in between", async () => {
        const { kind, calls } = scriptedKind({
            posts: [apiError(429), apiError(429), apiError(429), "t1"],
            lists: [[], [], []],
        });
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t1");
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "list", "post", "list", "post", "list", "post"],
        );
        assert.deepEqual(clock.sleeps, [250, 500, 1000], "the transport's full-jitter backoff, random() = 0.5");
    });

    it("adopts the task a killed run left when it ended while a throttled POST waited", async () => {
        const { kind, calls } = scriptedKind({ posts: [apiError(429)], lists: [["left-and-ended"]] });
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "left-and-ended",
            origin: "leftOver",
        });
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "list"],
        );
    });

    it("sends a throttled POST of a uniquely named task again without looking: its name would conflict", async () => {
        const { kind, calls } = scriptedKind(
            { posts: [apiError(429), "t1"] },
            { uniqueField: "name", conflictOf: () => undefined },
        );
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t1");
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "post"],
        );
    });

    it("fails at once on a refusal that retrying cannot change", async () => {
        const { kind, calls } = scriptedKind({ posts: [apiError(400, { errorCode: "ModelArts.4396" })] });
        await assert.rejects(obtainTask(kind, session, inputs, clock.now() + hour), /ModelArts\.4396/);
        assert.equal(calls.length, 1);
    });

    it("adopts the import an interrupted run left running when the dataset is busy", async () => {
        const { kind, calls } = scriptedKind(
            { posts: [busy()], lists: [["left-running"]] },
            { conflictOf: () => "busy" },
        );
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "left-running",
            origin: "leftOver",
        });
        assert.deepEqual(calls, [
            { call: "post" },
            { call: "list", filter: { liveSinceMs: clock.now(), createdSinceMs: undefined } },
        ]);
    });

    it("does not post after a busy answer until a look succeeds: the import a killed run left may end meanwhile", async () => {
        const listFails = new ModelArtsError({ method: "GET", path: "/x", status: 503 });
        const { kind, calls } = scriptedKind(
            { posts: [busy()], lists: [listFails, ["left-running"]] },
            { conflictOf: () => "busy" },
        );
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "left-running",
            origin: "leftOver",
        });
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "list", "list"],
        );
    });

    it("counts failed attempts in a row only: waiting for another task starts the count again", async () => {
        const posts = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? apiError(429) : busy())); // 12 × 429
        const { kind } = scriptedKind(
            { posts: [...posts, "t1"], lists: Array(60).fill([]) },
            {
                conflictOf: (e) =>
                    ModelArtsError.isInstance(e) && e.errorCode === "ModelArts.4356" ? "busy" : undefined,
            },
        );
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t1");
    });

    it("waits for another task that keeps the dataset busy, beyond the failed-attempt limit, until the deadline", async () => {
        const posts = [...Array(14).fill(0).map(busy), "t1"];
        const { kind } = scriptedKind(
            { posts, lists: Array(14).fill([]) },
            { conflictOf: (e) => (e === undefined ? undefined : "busy") },
        );
        assert.equal((await obtainTask(kind, session, inputs, clock.now() + hour)).id, "t1");
        const { kind: stuck } = scriptedKind(
            { posts: Array(200).fill(0).map(busy), lists: Array(200).fill([]) },
            { conflictOf: () => "busy" },
        );
        const start = clock.now();
        await assert.rejects(obtainTask(stuck, session, inputs, start + 120_000), /ModelArts\.4356/);
        assert.ok(clock.now() - start <= 120_000, "gives up before the deadline");
    });

    it("adopts a task of the same name and settings, and names the field when another task holds the name", async () => {
        const { kind } = scriptedKind(
            { posts: [taken()], lists: [["same-name"]] },
            { conflictOf: () => "taken", uniqueField: "name" },
        );
        assert.deepEqual(await obtainTask(kind, session, inputs, clock.now() + hour), {
            id: "same-name",
            origin: "leftOver",
        });
        const { kind: other } = scriptedKind(
            { posts: [taken()], lists: [[]] },
            { conflictOf: () => "taken", uniqueField: "name" },
        );
        await assert.rejects(
            obtainTask(other, session, inputs, clock.now() + hour),
            /name "validate-raw" is already used.*choose another name/,
        );
    });

    it("waits for a name held by a copy being deleted (a replacement's old copy), then creates", async () => {
        // The stub has import statuses: NOT_EXIST is its status that is gone.
        const holders = [[{ id: "old", value: "validate-raw", status: "NOT_EXIST" }]];
        const { kind, calls } = scriptedKind(
            { posts: [taken(), "new"], lists: [[]] },
            {
                conflictOf: (error) => (error instanceof ModelArtsError ? "taken" : undefined),
                uniqueField: "name",
                listNamed: () => Promise.resolve(holders.shift() ?? []),
            },
        );
        const obtained = await obtainTask(kind, session, inputs, clock.now() + hour);
        assert.equal(obtained.id, "new");
        assert.deepEqual(
            calls.map((c) => c.call),
            ["post", "list", "post"],
        );
    });

    it("looks before the first POST when the unique field is left unset, as for a kind without one", async () => {
        const { kind, calls } = scriptedKind({ posts: ["t1"], lists: [[]] }, { uniqueField: "versionName" });
        // No answer has shown the service's clock: only a look before the POST can tell a lost POST's version apart.
        const unknownClock = {
            until: () => unknownClock,
            learnServerClock: () => Promise.resolve(undefined),
            serverTime: (atMs: number) => ({ atMs, uncertaintyMs: 0, known: false }),
        } as unknown as ModelArtsClient;
        const noClock = { ...scriptedSession(clock), client: () => unknownClock };
        await obtainTask(kind, noClock, inputs, clock.now() + hour);
        assert.deepEqual(
            calls.map((c) => c.call),
            ["list", "post"],
        );
    });

    describe("a unique name, a lost POST and no service clock yet", () => {
        /** A client whose clock only a probe teaches, when `probeTeaches`; counts the probes. */
        function clockOnProbe(probeTeaches: boolean) {
            let known = false;
            const probes: number[] = [];
            const client = {
                until: () => client,
                learnServerClock: () => (probes.push(clock.now()), (known = probeTeaches), Promise.resolve(undefined)),
                serverTime: (atMs: number) => ({ atMs, uncertaintyMs: 2_000, known }),
            } as unknown as ModelArtsClient;
            return { session: { ...scriptedSession(clock), client: () => client }, probes };
        }

        it("learns the clock before the look, so it can tell the task its POST made even once finished", async () => {
            const { session: noClock, probes } = clockOnProbe(true);
            const { kind, calls } = scriptedKind(
                { posts: [lostAnswer()], lists: [["made-by-the-lost-post"]] },
                { uniqueField: "name" },
            );
            const obtained = await obtainTask(kind, noClock, inputs, clock.now() + hour);
            assert.equal(obtained.id, "made-by-the-lost-post");
            assert.equal(probes.length, 1, "one probe, before the look and after the POST");
            assert.deepEqual(
                calls.map((c) => c.call),
                ["post", "list"],
            );
        });

        it("says its own POST may have made the holder of the name, rather than call it another's", async () => {
            const { session: noClock } = clockOnProbe(false);
            const { kind } = scriptedKind(
                { posts: [lostAnswer(), taken()], lists: [[], []] },
                { conflictOf: (e) => (e === undefined ? undefined : "taken"), uniqueField: "name" },
            );
            await assert.rejects(
                obtainTask(kind, noClock, inputs, clock.now() + hour),
                /ModelArts may have created the task, but it could not be confirmed/,
            );
        });
    });

    it("gives up after 10 failed attempts in a row, saying a task may exist when the last POST's outcome is unknown", async () => {
        const { kind: throttled, calls } = scriptedKind({
            posts: Array(20)
                .fill(0)
                .map(() => apiError(429)),
            lists: Array(20).fill([]),
        });
        await assert.rejects(obtainTask(throttled, session, inputs, clock.now() + hour), /HTTP 429/);
        assert.equal(calls.filter((c) => c.call === "post").length, 10);
        const { kind: lost } = scriptedKind({ posts: Array(20).fill(0).map(lostAnswer), lists: Array(20).fill([]) });
        await assert.rejects(
            obtainTask(lost, session, inputs, clock.now() + hour),
            /may have created the task.*adoptTaskId/,
        );
    });
});
