import assert from "node:assert/strict";
import { markSecrets, revealSecrets, sealSecrets } from "../secrets";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

describe("harness secrets", () => {
    it("reveals secrets wrapped by the SDK at any depth, reporting the top-level keys that held one", () => {
        const revealed = revealSecrets({
            plain: "p",
            whole: { [SIG]: SECRET, value: "s1" },
            nested: { inner: [{ [SIG]: SECRET, value: "s2" }] },
        });
        assert.deepEqual(revealed.plain, { plain: "p", whole: "s1", nested: { inner: ["s2"] } });
        assert.deepEqual([...revealed.secretKeys].sort(), ["nested", "whole"]);
    });

    it("seals secret keys for the state without their plain text, and reveals them back", () => {
        const sealed = sealSecrets({ password: { user: "u", pass: "hunter2" }, name: "n" }, new Set(["password"]));
        assert.equal(JSON.stringify(sealed).includes("hunter2"), false);
        assert.equal(sealed.name, "n");
        const revealed = revealSecrets(sealed);
        assert.deepEqual(revealed.plain, { password: { user: "u", pass: "hunter2" }, name: "n" });
        assert.deepEqual([...revealed.secretKeys], ["password"]);
    });

    it("marks secret keys in the form the program's SDK reads", () => {
        assert.deepEqual(markSecrets({ a: 1, b: 2 }, new Set(["b"])), { a: 1, b: { [SIG]: SECRET, value: 2 } });
    });
});
