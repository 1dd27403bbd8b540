import { Clock } from "../../provider/clock";

/** A clock whose `sleep` advances time at once and records each requested delay. */
export class FakeClock implements Clock {
    readonly sleeps: number[] = [];
    constructor(private nowMs = 1_700_000_000_000) {}
    now(): number {
        return this.nowMs;
    }
    async sleep(ms: number): Promise<void> {
        const delay = Math.max(0, ms);
        this.sleeps.push(delay);
        this.nowMs += delay;
    }
}

/** A deterministic uniform random source (mulberry32), for jitter in tests and benchmarks. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
