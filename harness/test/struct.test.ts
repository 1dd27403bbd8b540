import assert from "node:assert/strict";
import { fromStruct, toStruct } from "../struct";

describe("harness struct conversion", () => {
    it("round-trips JSON values", () => {
        const value = { s: "x", n: 1.5, b: false, z: null, list: [1, "two", { three: 3 }], nested: { deep: {} } };
        assert.deepEqual(fromStruct(toStruct(value, "test")), value);
    });

    it("names the path of an undefined or a function instead of protobuf's 'Unexpected struct type'", () => {
        assert.throws(
            () => toStruct({ outs: { count: undefined } }, "Create outputs"),
            /^Error: Create outputs: outs\.count is undefined;/,
        );
        assert.throws(() => toStruct({ list: [0, () => 1] }, "Check news"), /Check news: list\[1\] is function;/);
    });

    it("reads an absent struct as an empty object", () => {
        assert.deepEqual(fromStruct(undefined), {});
    });
});
