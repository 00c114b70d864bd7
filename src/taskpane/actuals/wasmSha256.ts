import { createSHA256 } from "hash-wasm";
import type { IncrementalSha256 } from "../../billing/sha256";

/**
 * SHA-256 in WebAssembly for the import worker, or `undefined` where WebAssembly cannot
 * run (a host's Content-Security-Policy may forbid compiling it), and the import then
 * hashes in plain JavaScript. Measured in Chromium's worker on a 137 MB export:
 * @noble/hashes took about 7 s of the import's CPU, hash-wasm under 1 s. hash-wasm:
 * maintained, dependency-free, bundles only the algorithm imported (SHA-256's WebAssembly
 * is embedded in the script, so nothing is fetched).
 *
 * @example
 * const reading = new FocusImport({ fileName, allocation, hash: await wasmSha256() });
 */
export async function wasmSha256(): Promise<IncrementalSha256 | undefined> {
  try {
    const hasher = await createSHA256();
    return { update: (bytes) => hasher.update(bytes), hex: () => hasher.digest("hex") };
  } catch {
    return undefined;
  }
}
