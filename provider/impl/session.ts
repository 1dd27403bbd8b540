/**
 * What every provider call needs besides its inputs: the API client (built lazily from the stack config the host
 * passes to `configure`, or from the environment), the clock and the random source. Credentials stay in this
 * process's memory: never in a captured variable, state, outputs or logs (ARCHITECTURE.md, fact 2).
 */
import { Clock, systemClock } from "../clock";
import { ModelArtsClient } from "../client/api";
import { ConfigSource, resolveSettings } from "../client/settings";
import type { FetchLike } from "../client/http";

/** Per-process context of the provider: see {@link openSession}. */
export interface Session {
    /** The API client; throws a ConfigurationError naming both ways to configure what is missing. */
    client(): ModelArtsClient;
    readonly clock: Clock;
    readonly random: () => number;
}

/** Test and benchmark hooks; production code passes none. */
export interface SessionOptions {
    readonly env?: NodeJS.ProcessEnv;
    readonly clock?: Clock;
    readonly random?: () => number;
    readonly fetch?: FetchLike;
}

/** Opens a session over a config source; settings are resolved on first use, so `check` never needs them. */
export function openSession(config: ConfigSource, options: SessionOptions = {}): Session {
    const clock = options.clock ?? systemClock;
    const random = options.random ?? Math.random;
    let client: ModelArtsClient | undefined;
    return {
        clock,
        random,
        client() {
            client ??= new ModelArtsClient(resolveSettings(config, options.env ?? process.env), {
                clock,
                random,
                ...(options.fetch ? { fetch: options.fetch } : {}),
            });
            return client;
        },
    };
}

const noConfig: ConfigSource = { get: () => undefined };

/** The session `configure` stored on the provider object, or one from the environment alone. */
export function sessionOf(holder: { session?: Session }): Session {
    holder.session ??= openSession(noConfig);
    return holder.session;
}
