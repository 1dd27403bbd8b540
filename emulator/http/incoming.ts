/** What both of the emulator's APIs (ModelArts and OBS) read from an incoming request the same way. */
import type { IncomingMessage } from "http";

/**
 * The whole body. Above `maxBytes` the rest is drained (so the client sees the answer, not a reset) and the promise
 * rejects with `tooLarge()`, each API's own error.
 */
export function readBody(req: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size <= maxBytes) chunks.push(chunk);
        });
        req.on("end", () => {
            if (size > maxBytes) reject(tooLarge());
            else resolve(Buffer.concat(chunks));
        });
        req.on("error", reject);
    });
}

/** The headers as one string each; a repeated header joined by `separator` (each signature has its own rule). */
export function flatHeaders(req: IncomingMessage, separator: string): Record<string, string> {
    return Object.fromEntries(
        Object.entries(req.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, Array.isArray(value) ? value.join(separator) : value]],
        ),
    );
}

/** Logs an unexpected error with its stack, for the emulator's operator; the client gets the API's own error. */
export function logInternalError(context: { log?(line: string): void }, error: unknown): void {
    context.log?.(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
