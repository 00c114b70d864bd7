import { createHash } from "crypto";
import fc from "fast-check";
import { Sha256 } from "../../src/billing/sha256";

const hex = (...pieces: Uint8Array[]): string => {
  const hash = new Sha256();
  for (const piece of pieces) hash.update(piece);
  return hash.hex();
};
const ascii = (text: string) => new TextEncoder().encode(text);

describe("Sha256", () => {
  // FIPS 180-4 examples (NIST CSRC "SHA256.pdf" and the million-"a" vector).
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("hashes the NIST example %p", (message, digest) => {
    expect(hex(ascii(message))).toBe(digest);
  });

  it("hashes a million 'a's fed in uneven pieces", () => {
    const a = new Uint8Array(1_000_000).fill(0x61);
    expect(hex(a.subarray(0, 1), a.subarray(1, 64), a.subarray(64, 999_937), a.subarray(999_937))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("agrees with OpenSSL on any bytes split at any points (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        const pieces = [0, ...points].map((start, i) => bytes.subarray(start, [...points, bytes.length][i]));
        expect(hex(...pieces)).toBe(createHash("sha256").update(bytes).digest("hex"));
      }),
      { seed: 256, numRuns: 500 },
    );
  });

  it("refuses more input after the digest", () => {
    const hash = new Sha256();
    hash.hex();
    expect(() => hash.update(ascii("late"))).toThrow("update after hex()");
  });
});
