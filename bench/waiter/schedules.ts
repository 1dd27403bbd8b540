/**
 * The polling schedules users would get without this package, each written from the source that defines it
 * (read, not copied). A schedule is a sequence of delays in ms: the first is from the POST to the first GET,
 * each later one from a GET to the next. Our own schedule is not here: the benchmark drives the real
 * `waitForTask` from `provider/wait.ts`.
 */

/** An endless sequence of delays (ms) before each GET; `random` is a uniform source in [0, 1) for jitter. */
export type DelaySchedule = (random: () => number) => Iterator<number>;

/**
 * A hand-written loop that sleeps `intervalMs`, then GETs, until done. It sleeps first because the POST has just
 * answered: a GET at once would only say the task is running (and would cost one more GET than we count here).
 */
export function fixedIntervalDelays(intervalMs: number): DelaySchedule {
    return function* () {
        for (;;) yield intervalMs;
    };
}

const TERRAFORM_FIRST_WAIT_MS = 100;
const TERRAFORM_MAX_WAIT_MS = 10_000;

/**
 * Terraform's default `StateChangeConf` refresh schedule (no `Delay`, `MinTimeout` or `PollInterval` set), as in
 * hashicorp/terraform-plugin-sdk `helper/resource/state.go`, `WaitForStateContext` (`helper/retry/state.go` since
 * SDK v2.26.0, PR #1167, same loop): the first refresh runs at once; the wait is then set to 100 ms, doubled *after*
 * each pending refresh and capped at 10 s, so the 100 ms is never slept and the gaps are 200, 400, 800 ms … 10 s.
 */
export const terraformDefaultDelays: DelaySchedule = function* () {
    yield 0;
    let waitMs = TERRAFORM_FIRST_WAIT_MS;
    for (;;) {
        waitMs = Math.min(TERRAFORM_MAX_WAIT_MS, waitMs * 2);
        yield waitMs;
    }
};

const HUAWEI_MODELARTS_DELAY_MS = 20_000;
const HUAWEI_MODELARTS_POLL_INTERVAL_MS = 20_000;

/**
 * The Huawei Cloud Terraform provider's ModelArts waits: huaweicloud/terraform-provider-huaweicloud
 * `huaweicloud/services/modelarts/resource_huaweicloud_modelarts_dataset.go`, `waitForDatasetStatusCompleted`,
 * a `StateChangeConf` with `Delay: 20 * time.Second, PollInterval: 20 * time.Second`. `Delay` postpones the
 * first refresh; `PollInterval` (under 180 s) replaces Terraform's backoff for every later one.
 */
export const huaweiModelArtsDelays: DelaySchedule = function* () {
    yield HUAWEI_MODELARTS_DELAY_MS;
    for (;;) yield HUAWEI_MODELARTS_POLL_INTERVAL_MS;
};

/** smithy-typescript `packages/util-waiter/src/waiter.ts`, `waiterServiceDefaults` (seconds there). */
const AWS_MIN_DELAY_MS = 2_000;
const AWS_MAX_DELAY_MS = 120_000;

/**
 * AWS SDK v3 waiters with the default delays: smithy-typescript `packages/util-waiter/src/createWaiter.ts` merges
 * `waiterServiceDefaults` (minDelay 2 s, maxDelay 120 s) and calls `runPolling` in `src/poller.ts`. That polls once
 * at once, then before attempt n (from 1) sleeps a uniform random delay in [minDelay, minDelay × 2^(n−1)], and
 * exactly maxDelay once n exceeds log2(maxDelay / minDelay) + 1 (smithy waiter spec, "Waiter retries").
 */
export const awsWaiterDelays: DelaySchedule = function* (random) {
    yield 0;
    const attemptCeiling = Math.log2(AWS_MAX_DELAY_MS / AWS_MIN_DELAY_MS) + 1;
    for (let attempt = 1; ; attempt++) {
        if (attempt > attemptCeiling) {
            yield AWS_MAX_DELAY_MS;
        } else {
            const upperMs = AWS_MIN_DELAY_MS * 2 ** (attempt - 1);
            yield AWS_MIN_DELAY_MS + random() * (upperMs - AWS_MIN_DELAY_MS);
        }
    }
};
