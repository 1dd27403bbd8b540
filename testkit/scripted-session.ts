/**
 * A provider session for unit tests of the lifecycle: a fake clock, a fixed random draw (0.5), an engine log of the
 * test's choice (silent by default), and a client that scripted task kinds never call; its service clock is known,
 * so a create learns it without a request.
 */
import type { ModelArtsClient } from "../provider/client/api";
import { silentEngineLog, type EngineLog } from "../provider/impl/engine-log";
import type { Session } from "../provider/impl/session";
import type { FakeClock } from "./fake-clock";

/** The client of {@link scriptedSession}: bounded views of itself, and the service's clock equal to ours. */
export const knownClockClient = {
    until: () => knownClockClient,
    learnServerClock: () => Promise.resolve(undefined),
    serverTime: (atMs: number) => ({ atMs, uncertaintyMs: 2_000, known: true }),
} as unknown as ModelArtsClient;

/** A session on `clock` whose progress messages go to `engineLog`. */
export function scriptedSession(clock: FakeClock, engineLog: EngineLog = silentEngineLog): Session {
    const obs = () => {
        throw new Error("a scripted session reads no OBS");
    };
    return {
        client: () => knownClockClient,
        obs,
        assertConfigured: () => undefined,
        clock,
        random: () => 0.5,
        engineLog,
    };
}
