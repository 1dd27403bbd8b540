/**
 * What `sys_data_validation` and `sys_data_analyse` learn from a sample file without decoding it: whether it is
 * readable and, for images, whether its header matches its extension, and the image size from that header.
 */

/** What a sample file looks like. */
export interface FileInspection {
    /** Why the sample is not usable; undefined when it is. */
    readonly problem?: string;
    readonly width?: number;
    readonly height?: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Inspects the bytes of the sample named `name` (undefined bytes: missing or unreadable). */
export function inspectSample(name: string, bytes: Buffer | undefined): FileInspection {
    if (bytes === undefined) return { problem: "the file does not exist or cannot be read" };
    if (bytes.length === 0) return { problem: "the file is empty" };
    const extension = /\.([^./]+)$/.exec(name.toLowerCase())?.[1];
    if (extension === "png") return inspectPng(bytes);
    if (extension === "jpg" || extension === "jpeg") return inspectJpeg(bytes);
    if (extension === "bmp") return inspectBmp(bytes);
    return {};
}

function inspectPng(bytes: Buffer): FileInspection {
    // Signature, then the IHDR chunk: length (4), type (4), width (4), height (4).
    const signed = bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
    if (!signed || bytes.toString("latin1", 12, 16) !== "IHDR") return { problem: "not a PNG image" };
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function inspectJpeg(bytes: Buffer): FileInspection {
    const framed = bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[bytes.length - 2] === 0xff;
    if (!framed || bytes[bytes.length - 1] !== 0xd9) return { problem: "not a JPEG image (no SOI/EOI markers)" };
    // Walk the marker segments up to a start-of-frame (SOFn, except DHT C4, JPG C8, DAC CC): height, then width.
    for (let at = 2; at + 9 < bytes.length && bytes[at] === 0xff; at += 2 + bytes.readUInt16BE(at + 2)) {
        const marker = bytes[at + 1] ?? 0;
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
            return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
        }
    }
    return { problem: "not a JPEG image (no frame header)" };
}

function inspectBmp(bytes: Buffer): FileInspection {
    if (bytes.length < 26 || bytes.toString("latin1", 0, 2) !== "BM") return { problem: "not a BMP image" };
    return { width: bytes.readInt32LE(18), height: Math.abs(bytes.readInt32LE(22)) };
}
