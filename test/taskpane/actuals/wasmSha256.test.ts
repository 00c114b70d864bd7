/**
 * The worker's WebAssembly SHA-256 against @noble/hashes' (the import's default), fed the
 * same bytes in different pieces: a file's identity must not depend on which one read it.
 */
import fc from "fast-check";
import { nobleSha256 } from "../../../src/billing/sha256";
import { wasmSha256 } from "../../../src/taskpane/actuals/wasmSha256";

const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

test("gives FIPS 180-2's digest of \"abc\"", async () => {
  const hash = await wasmSha256();
  hash?.update(new TextEncoder().encode("abc"));
  expect(hash?.hex()).toBe(ABC);
});

test("equals @noble/hashes' digest whatever the pieces the bytes come in", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), fc.array(fc.nat(5000), { maxLength: 6 }), async (bytes, cuts) => {
      const wasm = await wasmSha256();
      const noble = nobleSha256();
      let at = 0;
      for (const cut of [...cuts.sort((a, b) => a - b), bytes.length]) {
        const piece = bytes.subarray(at, Math.max(at, Math.min(cut, bytes.length)));
        wasm?.update(piece);
        noble.update(bytes.subarray(at, at + piece.length));
        at += piece.length;
      }
      expect(wasm?.hex()).toBe(noble.hex());
    }),
    { numRuns: 100 },
  );
});
