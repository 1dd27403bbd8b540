/**
 * A record of everything that crosses the boundary between the engine harness and the dynamic-provider host:
 * gRPC requests and responses (as plain JSON, after protobuf decoding), errors, the host's stdout/stderr, and the
 * `Log` requests the provider sends to the engine service (`engine-service.ts`).
 * Tests grep it for values that must never leak (secrets), so nothing is redacted here.
 *
 * Requests legitimately carry credentials (`Configure` receives the decrypted stack config, `Check`/`Create`
 * receive decrypted secret inputs, exactly as the engine sends them); a secret-leak test should therefore grep
 * the entries the provider *produced*: see {@link PRODUCED_BY_PROVIDER}.
 */

/** The gRPC methods of `pulumirpc.ResourceProvider` that the harness calls. */
export type HostMethod = "Configure" | "Check" | "Diff" | "Create" | "Read" | "Update" | "Delete";

/** What an entry records. `exit` is the host process ending (code and signal); `log` a `LogRequest` to the engine. */
export type TranscriptKind = "request" | "response" | "error" | "stdout" | "stderr" | "exit" | "log";

/** One recorded event, in the order it happened. */
export interface TranscriptEntry {
    readonly seq: number;
    readonly kind: TranscriptKind;
    /** The gRPC method, for `request`, `response` and `error` entries. */
    readonly method?: HostMethod;
    /** When it was recorded (epoch ms): benchmarks time provider calls with it. */
    readonly atMs: number;
    /** For a `response` or `error`: the `seq` of the request it answers (calls run concurrently). */
    readonly replyTo?: number;
    /** The decoded request or response, the error details, the text written by the host, or a `RecordedLog`. */
    readonly data: unknown;
}

/** The kinds of entries whose content comes from the provider: responses, errors, output, engine logs, the exit. */
export const PRODUCED_BY_PROVIDER: readonly TranscriptKind[] = ["response", "error", "stdout", "stderr", "exit", "log"];

/** An append-only, ordered list of {@link TranscriptEntry}. */
export class Transcript {
    private readonly recorded: TranscriptEntry[] = [];

    /** The entries recorded so far (a copy). */
    get entries(): TranscriptEntry[] {
        return [...this.recorded];
    }

    /** Appends one entry; returns its `seq`. */
    record(kind: TranscriptKind, data: unknown, method?: HostMethod, replyTo?: number): number {
        const seq = this.recorded.length + 1;
        this.recorded.push({
            seq,
            kind,
            method,
            atMs: Date.now(),
            ...(replyTo === undefined ? {} : { replyTo }),
            data,
        });
        return seq;
    }

    /**
     * The entries as text, one line each (`#seq kind method json`), optionally only those of the given kinds:
     * `transcript.text(PRODUCED_BY_PROVIDER).includes(secret)` is the leak check.
     */
    text(kinds?: readonly TranscriptKind[]): string {
        return this.recorded
            .filter((entry) => kinds === undefined || kinds.includes(entry.kind))
            .map(
                (entry) =>
                    `#${entry.seq} ${entry.kind}${entry.method ? ` ${entry.method}` : ""} ${JSON.stringify(entry.data)}`,
            )
            .join("\n");
    }
}
