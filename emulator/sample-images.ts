/**
 * Tiny but real image files for sample data and tests, encoded here so no binary fixture has to be trusted:
 * an 8-bit RGB PNG (deflate from `zlib`) and a baseline grayscale JPEG whose 8×8 blocks are flat shades (only DC
 * coefficients, with minimal Huffman tables). Both open in any image viewer.
 */
import { deflateSync } from "zlib";

/** A pixel colour `[r, g, b]`, 0-255 each. */
export type Rgb = readonly [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});

function crc32(bytes: Buffer): number {
    let crc = 0xffffffff;
    for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
}

/** A PNG of `width`×`height` whose pixel at (x, y) is `pixel(x, y)`. */
export function pngImage(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, adaptive filtering, no interlace
    const rows = Array.from({ length: height }, (_, y) =>
        Buffer.from([0, ...Array.from({ length: width }, (_, x) => pixel(x, y)).flat()]),
    );
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        pngChunk("IHDR", header),
        pngChunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
        pngChunk("IEND", Buffer.alloc(0)),
    ]);
}

function segment(marker: number, body: readonly number[]): number[] {
    const length = body.length + 2;
    return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/** Appends bits most significant first; `0xFF` bytes are stuffed with `0x00`, the last byte padded with ones. */
class BitWriter {
    private readonly bytes: number[] = [];
    private current = 0;
    private used = 0;

    write(value: number, count: number): void {
        for (let bit = count - 1; bit >= 0; bit--) {
            this.current = (this.current << 1) | ((value >> bit) & 1);
            if (++this.used === 8) this.flushByte();
        }
    }

    finish(): number[] {
        if (this.used > 0) this.write(0xff, 8 - this.used);
        return this.bytes;
    }

    private flushByte(): void {
        this.bytes.push(this.current);
        if (this.current === 0xff) this.bytes.push(0x00);
        this.current = 0;
        this.used = 0;
    }
}

/**
 * A baseline grayscale JPEG of `blocksWide`×`blocksHigh` flat 8×8 blocks, block (i, j) having grey level
 * `shade(i, j)` (0-255). Quantization is all ones; the DC table codes the 12 size categories in 4 bits each; the
 * AC table holds only end-of-block, coded `0`.
 */
export function jpegImage(blocksWide: number, blocksHigh: number, shade: (i: number, j: number) => number): Buffer {
    const [width, height] = [blocksWide * 8, blocksHigh * 8];
    const bits = new BitWriter();
    let previous = 0;
    for (let j = 0; j < blocksHigh; j++) {
        for (let i = 0; i < blocksWide; i++) {
            const dc = 8 * (Math.round(shade(i, j)) - 128); // the DCT's DC term of a flat block
            const diff = dc - previous;
            previous = dc;
            const size = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
            bits.write(size, 4);
            if (size > 0) bits.write(diff > 0 ? diff : diff + (1 << size) - 1, size);
            bits.write(0, 1); // end of block: every AC coefficient is zero
        }
    }
    const dcCounts = [0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const acCounts = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    return Buffer.from([
        0xff,
        0xd8,
        ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
        ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
        ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
        ...segment(0xc4, [0x00, ...dcCounts, ...Array.from({ length: 12 }, (_, k) => k)]),
        ...segment(0xc4, [0x10, ...acCounts, 0x00]),
        ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
        ...bits.finish(),
        0xff,
        0xd9,
    ]);
}
