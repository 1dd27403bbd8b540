/**
 * Error answers. Codes, HTTP statuses and messages are those of the API reference's "Error Codes"; `APIGW.*`
 * codes come from the API Gateway (docs/api-notes.md "Errors") and its published "Incorrect IAM authentication
 * information: …" messages. `%s` in a message is filled with the caller's detail, as the service does.
 */

const CATALOG = {
    "APIGW.0301": [401, "Incorrect IAM authentication information: %s"],
    "APIGW.0307": [403, "The token must be updated."],
    "APIGW.0308": [429, "The throttling threshold has been reached: policy user over ratelimit,limit:%s,time:1 second"],
    "ModelArts.0010": [500, "Internal error."],
    "ModelArts.0101": [400, "Invalid Argument."],
    "ModelArts.0201": [401, "Token doesn't exist."],
    "ModelArts.0202": [401, "Invalid token header because the token has expired."],
    "ModelArts.0203": [401, "Invalid token."],
    "ModelArts.0210": [403, "The project id in the request URL does not match the token."],
    "ModelArts.2803": [405, "MethodNotAllowed"],
    "ModelArts.4104": [413, "Invalid request body because the size exceeds the maximum size allowed."],
    "ModelArts.4204": [404, "API %s does not exist."],
    "ModelArts.4205": [400, "A subdirectory must be specified as the dataset input or output path."],
    "ModelArts.2858": [400, "Current operation not supported, (%s)."],
    "ModelArts.3021": [404, "Template (%s) does not exists."],
    "ModelArts.4206": [429, "Excessive number of requests to %s."],
    "ModelArts.4302": [503, "Gateway forwarding error because %s."],
    "ModelArts.4311": [400, "OBS bucket does not exist"],
    "ModelArts.4312": [400, "OBS path does not exist"],
    "ModelArts.4315": [400, "Invalid OBS path."],
    "ModelArts.4340": [400, "Import path does not contain valid file"],
    "ModelArts.4343": [400, "Dataset is publishing, the operation is forbidden"],
    "ModelArts.4350": [400, "The work_path is too long, please select shorter folder"],
    "ModelArts.4344": [400, "Dataset is being deleted, annotation is forbidden"],
    "ModelArts.4351": [400, "Dataset already exists"],
    "ModelArts.4352": [400, "Dataset does not exist"],
    "ModelArts.4353": [400, "Dataset version does not exist"],
    "ModelArts.4356": [400, "Dataset already has running import task"],
    "ModelArts.4355": [400, "Sync data source task exist"],
    "ModelArts.4358": [400, "Invalid export path"],
    "ModelArts.4359": [400, "Export task does not exist"],
    "ModelArts.4360": [500, "Sync data source error"],
    "ModelArts.4362": [400, "Import data error"],
    "ModelArts.4370": [400, "One dataset version can be released in a minute, please try again later"],
    "ModelArts.4371": [400, "Dataset version already exists"],
    "ModelArts.4384": [400, "Invalid export parameter"],
    "ModelArts.4392": [400, "Task failed"],
    "ModelArts.4396": [400, "Parameter is invalid"],
    "ModelArts.4401": [400, "Failed to export data."],
    "ModelArts.4503": [504, "Failed to obtain the backend service because %s."],
    "ModelArts.4700": [400, "Task does not exist"],
    "ModelArts.4709": [400, "Data preprocessing task already exists"],
    "ModelArts.4712": [400, "Dataset publish version failed"],
    "ModelArts.4824": [400, "Dataset version status must be normal"],
    "ModelArts.4828": [400, "Failed to delete the version."],
    "ModelArts.4850": [403, "Process task is initializing, the operation is forbidden"],
    "ModelArts.4851": [400, "Task version not found"],
} as const satisfies Record<string, readonly [number, string]>;

/** A code the emulator answers with. */
export type ErrorCode = keyof typeof CATALOG;

/** An `error_code` / `error_msg` pair, as stored on a failed task. */
export interface CodedMessage {
    readonly code: ErrorCode;
    readonly message: string;
}

/** An error answer: HTTP status, body `{"error_code", "error_msg"}` and extra headers (e.g. `Retry-After`). */
export class ApiError extends Error {
    override readonly name = "ApiError" as const;
    constructor(
        readonly status: number,
        readonly code: ErrorCode,
        message: string,
        readonly headers: Readonly<Record<string, string>> = {},
    ) {
        super(message);
    }

    /** The JSON body the service sends. */
    body(): { error_code: string; error_msg: string } {
        return { error_code: this.code, error_msg: this.message };
    }
}

/** The catalogued message of `code`, each `%s` replaced by the next detail. */
export function messageOf(code: ErrorCode, ...details: string[]): string {
    let next = 0;
    return CATALOG[code][1].replace(/%s/g, () => details[next++] ?? "");
}

/** The catalogued error for `code`; `status` overrides the catalogue's where one code serves several (5xx). */
export function apiError(
    code: ErrorCode,
    details: readonly string[] = [],
    options: { status?: number; headers?: Record<string, string> } = {},
): ApiError {
    return new ApiError(options.status ?? CATALOG[code][0], code, messageOf(code, ...details), options.headers);
}

/** A failure outcome for a task record (`error_code`, `error_msg`). */
export function codedMessage(code: ErrorCode, ...details: string[]): CodedMessage {
    return { code, message: messageOf(code, ...details) };
}
