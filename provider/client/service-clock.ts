/**
 * The service's clock, as its answers' `Date` headers tell it. A create compares the times of the service's tasks
 * with the instant it posted (docs/design/duplicate-safe-create.md), and those times are on the service's clock.
 *
 * - A `Date` is believed only within {@link MAX_CLOCK_SKEW_MS} of our clock: the service refuses signatures further
 *   off, so a larger offset is a gateway's wrong clock (docs/reliability.md, "The service's clock is believed
 *   within a bound").
 * - `Date` has whole seconds (RFC 9110 §6.6.1), hence an uncertainty of 2 s once one is believed.
 * - The {@link readServiceClock} layer reads every answer, also one whose body was then lost.
 */
import type { Clock } from "../clock";
import { Layer, observingHead, ResponseHead } from "./layer";

/** An instant of the service's clock, and how far off the estimate may be. */
export interface ServerTime {
    readonly atMs: number;
    readonly uncertaintyMs: number;
    /** False while no answer has carried a believable `Date` (see {@link MAX_CLOCK_SKEW_MS}): `atMs` is our time. */
    readonly known: boolean;
}

/**
 * How far the service's `Date` may be from our clock and still be believed: ModelArts refuses signatures more than
 * 15 minutes off (API reference, "AK/SK-based authentication"), so a service that accepted ours is no further off;
 * a larger offset is a gateway's wrong clock, not the service's.
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** The offset of the service's clock from ours, from the last believable `Date` header. */
export class ServiceClock {
    /** The service's clock minus ours. */
    private offsetMs: number | undefined;

    constructor(private readonly clock: Clock) {}

    /** Takes the service's clock from a `Date` header within {@link MAX_CLOCK_SKEW_MS}; any other is ignored. */
    observe(head: ResponseHead): void {
        const offsetMs = Date.parse(head.headers.get("date") ?? "") - this.clock.now();
        if (Number.isFinite(offsetMs) && Math.abs(offsetMs) <= MAX_CLOCK_SKEW_MS) this.offsetMs = offsetMs;
    }

    /**
     * The service's time at local instant `localMs`, as its last believable `Date` header tells; with none seen yet,
     * our time give or take the 15 minutes of skew the service allows (`known: false`).
     */
    serverTime(localMs: number): ServerTime {
        if (this.offsetMs === undefined) return { atMs: localMs, uncertaintyMs: MAX_CLOCK_SKEW_MS, known: false };
        return { atMs: localMs + this.offsetMs, uncertaintyMs: 2_000, known: true };
    }
}

/** Hands the head of every answer to `serviceClock`. */
export function readServiceClock(serviceClock: ServiceClock): Layer {
    return (request, next) =>
        observingHead(next(request), (head) => {
            serviceClock.observe(head);
        });
}
