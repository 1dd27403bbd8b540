/**
 * The error a lookup throws for what it finds wrong itself: an argument (before any request), a name that matches
 * no dataset or several, a task the service reports as not existing, a list longer than the bound. Errors of the
 * API calls are the client's `ModelArtsError`s (credentials and passwords already redacted).
 */

/** A lookup's own error; its message starts with the lookup's name, e.g. `getDataset: …`. */
export class LookupError extends Error {
    /** `LookupError`. */
    override readonly name = "LookupError";

    constructor(lookup: string, problem: string) {
        super(`${lookup}: ${problem}`);
    }
}
