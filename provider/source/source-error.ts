/**
 * Why a path's listing failed, said so that the user knows what to do: the rights it takes, the bucket that is
 * missing, the bound and both ways past it. Recognised by a brand (the provider code may be loaded twice). The OBS
 * error it comes from, if any, is its `cause`, its code in `obsCode`.
 */

/** A listing of an OBS path that did not complete. */
export class SourceError extends Error {
    override readonly name = "SourceError" as const;
    readonly isSourceError = true as const;

    constructor(
        message: string,
        /** The OBS error code behind it (`AccessDenied`, `NoSuchBucket`…), when OBS answered one. */
        readonly obsCode?: string,
        cause?: unknown,
    ) {
        super(message, cause === undefined ? undefined : { cause });
    }

    static isInstance(e: unknown): e is SourceError {
        return typeof e === "object" && e !== null && (e as Partial<SourceError>).isSourceError === true;
    }
}
