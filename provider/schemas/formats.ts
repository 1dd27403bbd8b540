/**
 * Named string rules (ajv formats), each with the reason a failure reports. Reasons name the rule, never the
 * value (it could be a password). Every test is linear in the input's length: hostile inputs cannot stall `check`.
 */
import { isIP } from "net";
import { isSettleDuration, isTimeoutDuration } from "./duration";

/** A string rule and the reason given when a value breaks it. */
export interface InputFormat {
    readonly test: (value: string) => boolean;
    readonly reason: string;
}

// C0, DEL and C1 (U+0080–U+009F): Unicode general category Cc, none of which a path or a text needs.
// eslint-disable-next-line no-control-regex -- control characters are what these rules refuse
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// OBS bucket naming rule (also S3's): 3–63 lowercase letters, digits, "." or "-", starting and ending alphanumeric.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const OBJECT_URL = /^(?:obs|s3):\/\/([^/]*)(\/.*)?$/;
const BUCKET_PATH = /^\/([^/]*)(\/.*)?$/;

const matching = (pattern: RegExp) => (value: string) => pattern.test(value);

/** `..` as a segment (also percent-encoded, or after a backslash) would climb out of the intended directory. */
function isSafePath(value: string): boolean {
    if (CONTROL_CHARACTERS.test(value)) return false;
    return !value.split(/[/\\]/).some((segment) => /^(?:\.|%2e){2}$/i.test(segment));
}

/** `obs://bucket/key` or `s3://bucket/key` ("Creating an Import Task"; responses echo `obs://`, docs/api-notes.md). */
function isObjectUrl(value: string): boolean {
    const match = OBJECT_URL.exec(value);
    return match !== null && BUCKET.test(match[1] ?? "") && isSafePath(value);
}

/** `/bucket/dir/`: the scheme-less form of the export `path` ("Creating a Dataset Export Task" examples). */
function isBucketPath(value: string): boolean {
    const match = BUCKET_PATH.exec(value);
    return match !== null && BUCKET.test(match[1] ?? "") && isSafePath(value);
}

/** Whether the path names something below its bucket (`/bucket/dir/`), not the bucket itself (`/bucket/`). */
function hasDirectoryBelowBucket(value: string): boolean {
    const afterScheme = value.replace(/^(?:obs|s3):\/\//, "/");
    return afterScheme.split("/").filter((segment) => segment !== "").length >= 2;
}

/** RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens (linear: no nested quantifier). */
function isHostName(value: string): boolean {
    return value
        .split(".")
        .every((label) => /^[A-Za-z0-9-]{1,63}$/.test(label) && !label.startsWith("-") && !label.endsWith("-"));
}

const PATH_RULES = 'bucket: 3-63 lowercase letters, digits, "." or "-"; no ".." segment or control character';
const NO_CONTROL = "or control characters";

/** Every named string rule the schemas use. */
export const inputFormats = {
    identifier: {
        test: matching(/^[A-Za-z0-9][A-Za-z0-9_-]*$/),
        reason: "must start with a letter or digit and contain only letters, digits, _ and -",
    },
    text: {
        test: (value) => !CONTROL_CHARACTERS.test(value),
        reason: "must not contain control characters",
    },
    // API reference "Creating a Processing Task", `description`.
    description: {
        // eslint-disable-next-line no-control-regex -- control characters are what this rule refuses
        test: matching(/^[^^!<>=&"'\u0000-\u001f\u007f-\u009f]*$/),
        reason: `must not contain any of ^!<>=&"' ${NO_CONTROL}`,
    },
    // API reference "Creating an Import Task", LabelAttribute `name`.
    "label-attribute-name": {
        // eslint-disable-next-line no-control-regex -- control characters are what this rule refuses
        test: matching(/^[^<>=&"'\u0000-\u001f\u007f-\u009f]*$/),
        reason: `must not contain any of <>=&"' ${NO_CONTROL}`,
    },
    // Names the API limits to "letters, digits, underscores (_), and hyphens (-)": WorkPath `version_name`
    // ("Creating a Processing Task"), `dataset_name` ("Creating a Dataset"), `version_name` ("Creating a Dataset
    // Labeling Version").
    "simple-name": {
        test: matching(/^[A-Za-z0-9_-]*$/),
        reason: "must contain only letters, digits, _ and -",
    },
    // API reference "Creating a Dataset Labeling Version", `description`: unlike other descriptions, `^` is allowed.
    "version-description": {
        // eslint-disable-next-line no-control-regex -- control characters are what this rule refuses
        test: matching(/^[^!<>=&"'\u0000-\u001f\u007f-\u009f]*$/),
        reason: `must not contain any of !<>=&"' ${NO_CONTROL}`,
    },
    "object-url": {
        test: isObjectUrl,
        reason: `must be an OBS path such as obs://bucket/key or s3://bucket/key (${PATH_RULES})`,
    },
    "bucket-path": {
        test: (value) => isObjectUrl(value) || isBucketPath(value),
        reason: `must be an OBS path such as /bucket/dir/, obs://bucket/dir/ or s3://bucket/dir/ (${PATH_RULES})`,
    },
    // "Creating a Dataset", `work_path`: "A bucket cannot be directly used as a path".
    "work-path": {
        test: (value) => (isObjectUrl(value) || isBucketPath(value)) && hasDirectoryBelowBucket(value),
        reason: `must be a directory in a bucket such as /bucket/dir/, not a bucket alone (${PATH_RULES})`,
    },
    path: {
        test: isSafePath,
        reason: 'must not contain a ".." segment or control characters',
    },
    // SearchCondition `sample_dir`: "the directory must end with a slash (/)".
    directory: {
        test: (value) => value.endsWith("/") && isSafePath(value),
        reason: 'must end with / and must not contain a ".." segment or control characters',
    },
    "relative-folder": {
        test: (value) => !/^[/\\]/.test(value) && !value.includes(":") && isSafePath(value),
        reason: 'must be a relative folder name: no leading /, no ":", no ".." segment or control characters',
    },
    // LabelFormat separators: "only one character … a letter, a digit, or any of !@#$%^&*_=|?/':.;,"; the
    // documented default of text_sample_separator is the Tab key, so a tab is accepted too.
    separator: {
        test: matching(/^[A-Za-z0-9!@#$%^&*_=|?/':.;,\t]$/),
        reason: "must be one character: a letter, a digit, a tab or one of !@#$%^&*_=|?/':.;,",
    },
    port: {
        test: (value) => /^[1-9][0-9]{0,4}$/.test(value) && Number(value) <= 65_535,
        reason: "must be a port number from 1 to 65535, written as a string",
    },
    // SourceInfo `ip`: "IP address of your GaussDB(DWS) cluster" ("Creating an Import Task"): IPv4, IPv6 or a host name.
    host: {
        test: (value) => isIP(value) !== 0 || isHostName(value),
        reason: "must be an IPv4 or IPv6 address or a host name",
    },
    // ExportParams `train_sample_ratio`: a String such as "1.00".
    ratio: {
        test: matching(/^(?:0(?:\.[0-9]{1,6})?|1(?:\.0{1,6})?)$/),
        reason: 'must be a decimal number from 0 to 1 such as "0.80"',
    },
    // SearchCondition `sample_time`.
    "sample-time": {
        test: matching(/^(?:month|day|[0-9]{8}-[0-9]{8})$/),
        reason: 'must be "month", "day" or a period "yyyyMMdd-yyyyMMdd"',
    },
    duration: {
        test: isTimeoutDuration,
        reason: 'must be a duration such as "45s", "30m" or "1h30m", from 1s to 168h',
    },
    // Source tracking's `settle`.
    "settle-duration": {
        test: isSettleDuration,
        reason: 'must be a duration such as "0s", "30s" or "2m", from 0s to 24h',
    },
} satisfies Record<string, InputFormat>;

/** The name of a rule of {@link inputFormats}. */
export type FormatName = keyof typeof inputFormats;
