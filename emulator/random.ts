/** Randomness of the emulator: a seeded generator for fault decisions, unpredictable ids for resources. */
import { randomBytes } from "crypto";

/** A uniform source in [0, 1). */
export type Random = () => number;

/**
 * A deterministic generator (SplitMix32) so that a run with `--seed` injects the same faults for the same sequence
 * of requests. The tests and benchmarks draw their jitter from it too (they may import the emulator; it imports
 * neither), so the project has one seeded generator. Not for anything secret.
 */
export function seededRandom(seed: number): Random {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return ((z ^ (z >>> 16)) >>> 0) / 0x1_0000_0000;
    };
}

/** A seed for runs that did not ask for one. */
export function randomSeed(): number {
    return randomBytes(4).readUInt32BE(0);
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * An id shaped like the service's (19 letters and digits, e.g. `rF9NNoB56k5rtYKg2Y7` in the export pages). Drawn
 * from `crypto`, not from the seeded generator: ids must stay unique across restarts, which reset nothing else.
 */
export function resourceId(length = 19): string {
    return [...randomBytes(length)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

/** A request id for the `X-Request-Id` header (32 hex digits, as the gateway sends). */
export function requestId(): string {
    return randomBytes(16).toString("hex");
}
