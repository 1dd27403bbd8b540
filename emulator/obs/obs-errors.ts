/**
 * OBS error answers: an HTTP status and the XML body `<Error><Code/><Message/><RequestId/><HostId/></Error>` ("Error
 * Codes"), with the codes and messages of that page's table.
 */
import { escapeXml, XML_DECLARATION } from "./xml-text";

const CATALOG = {
    AccessDenied: [403, "Access Denied"],
    BadRequest: [400, "Invalid request parameters."],
    EntityTooLarge: [400, "The size of the object uploaded exceeds the upper limit."],
    InternalError: [500, "An internal error occurs. Retry later."],
    InvalidAccessKeyId: [403, "The access key ID provided by the customer does not exist in the system."],
    InvalidArgument: [400, "Invalid parameter."],
    InvalidBucketName: [400, "The bucket name specified in the request is invalid."],
    MethodNotAllowed: [405, "The specified method is not allowed against the requested resource."],
    NoSuchBucket: [404, "The specified bucket does not exist."],
    NoSuchKey: [404, "The specified key does not exist."],
    RequestTimeTooSkewed: [
        403,
        "There was a large time offset between the OBS server time and the time when the client initiated a request.",
    ],
    SignatureDoesNotMatch: [403, "The provided signature does not match the signature calculated by OBS."],
} as const satisfies Record<string, readonly [number, string]>;

/** A code the emulated OBS answers with. */
export type ObsErrorCode = keyof typeof CATALOG;

/** An OBS error answer. */
export class ObsApiError extends Error {
    override readonly name = "ObsApiError" as const;
    readonly status: number;

    constructor(
        readonly code: ObsErrorCode,
        detail?: string,
    ) {
        const [status, message] = CATALOG[code];
        super(detail === undefined ? message : `${message} ${detail}`);
        this.status = status;
    }

    /** The XML body, naming the resource and the request id. */
    xml(resource: string, requestId: string): string {
        return (
            `${XML_DECLARATION}<Error><Code>${this.code}</Code><Message>${escapeXml(this.message)}</Message>` +
            `<Resource>${escapeXml(resource)}</Resource><RequestId>${requestId}</RequestId>` +
            `<HostId>emulator</HostId></Error>`
        );
    }
}
