/**
 * What every provider call needs besides its inputs: the API client (built lazily from the stack config the host
 * passes to `configure`, or from the environment), the clock and the random source. Credentials stay in this
 * process's memory: never in a captured variable, state, outputs or logs (docs/architecture.md, fact 2).
 *
 * The REST client (signer, settings, transport) is loaded by the first call that needs the API, so a preview's
 * `configure`, `check` and `diff` never load it (start-up cost: `bench/cost/main.ts`).
 */
import { Clock, systemClock } from "../clock";
import type * as apiModule from "../client/api";
import type { ModelArtsClient } from "../client/api";
import type { FetchLike } from "../client/http";
import type * as obsClientModule from "../client/obs/obs-client";
import type { ObsClient } from "../client/obs/obs-client";
import type * as obsSettingsModule from "../client/obs/obs-settings";
import type * as settingsModule from "../client/settings";
import type { ConfigSource } from "../client/settings";
import { processEngineLog, type EngineLog } from "./engine-log";

/** Per-process context of the provider: see {@link openSession}. */
export interface Session {
    /** The API client; throws a ConfigurationError naming both ways to configure what is missing. */
    client(): ModelArtsClient;
    /** The OBS client of source tracking (AK/SK only); throws a ConfigurationError as `client()` does. */
    obs(): ObsClient;
    /**
     * Throws the ConfigurationError `client()` would, without loading the REST client or sending anything: `check`
     * calls it, so a stack that is not configured fails at `pulumi preview`.
     */
    assertConfigured(): void;
    readonly clock: Clock;
    readonly random: () => number;
    /** Where progress messages go: the engine's `Log` RPC, or nowhere (docs/design/progress.md). */
    readonly engineLog: EngineLog;
}

/** Test and benchmark hooks; production code passes none. */
export interface SessionOptions {
    readonly env?: NodeJS.ProcessEnv;
    readonly clock?: Clock;
    readonly random?: () => number;
    readonly fetch?: FetchLike;
    readonly engineLog?: EngineLog;
}

/** Opens a session over a config source; settings are resolved on first use, so `check` never needs them. */
export function openSession(config: ConfigSource, options: SessionOptions = {}): Session {
    const clock = options.clock ?? systemClock;
    const random = options.random ?? Math.random;
    let client: ModelArtsClient | undefined;
    let obs: ObsClient | undefined;
    let settings: settingsModule.ClientSettings | undefined;
    const resolved = () => {
        if (settings === undefined) {
            const { resolveSettings } = require("../client/settings") as typeof settingsModule;
            settings = resolveSettings(config, options.env ?? process.env);
        }
        return settings;
    };
    return {
        clock,
        random,
        engineLog: options.engineLog ?? processEngineLog(),
        assertConfigured: () => void resolved(),
        client() {
            if (client === undefined) {
                const { ModelArtsClient } = require("../client/api") as typeof apiModule;
                client = new ModelArtsClient(resolved(), {
                    clock,
                    random,
                    ...(options.fetch ? { fetch: options.fetch } : {}),
                });
            }
            return client;
        },
        obs() {
            if (obs === undefined) {
                const { resolveObsSettings } = require("../client/obs/obs-settings") as typeof obsSettingsModule;
                const { ObsClient } = require("../client/obs/obs-client") as typeof obsClientModule;
                obs = new ObsClient(resolveObsSettings(config, options.env ?? process.env), {
                    clock,
                    random,
                    ...(options.fetch ? { fetch: options.fetch } : {}),
                });
            }
            return obs;
        },
    };
}

const noConfig: ConfigSource = { get: () => undefined };

/** The session `configure` stored on the provider object, or one from the environment alone. */
export function sessionOf(holder: { session?: Session }): Session {
    holder.session ??= openSession(noConfig);
    return holder.session;
}
