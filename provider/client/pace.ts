/**
 * The pacing layer: every attempt waits for its slot of the process-wide {@link SendRateLimiter}, and each answer's
 * status is reported back to it, throttled (HTTP 429) or not, so that the whole process slows down when the service
 * throttles (docs/design/pacing.md).
 *
 * The wait for a slot honours the request's signal (its deadline, `deadline.ts`): a request whose deadline passes
 * while it waits leaves the queue, taking no slot from the requests behind it, and fails as not sent. An answer
 * whose body was lost after its head still counts: the service answered with that status.
 */
import { heldBack } from "./deadline";
import { Layer, observingHead } from "./layer";
import type { SendRateLimiter } from "./send-rate";

/** Paces every attempt through `limiter`; see the module comment. */
export function pace(limiter: SendRateLimiter): Layer {
    return async (request, next) => {
        const ticket = await limiter.acquire(request.priority, request.signal).catch((error: unknown) => {
            throw request.signal?.aborted ? heldBack() : error;
        });
        return observingHead(next(request), (head) => {
            limiter.record(ticket, head.status === 429);
        });
    };
}
