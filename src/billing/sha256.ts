/*
 * The file's SHA-256, computed piece by piece as the file is read: Web Crypto digests only
 * whole buffers, and a billing export can be larger than memory.
 */
// @noble/hashes: audited, dependency-free, incremental and synchronous, so it runs anywhere
// the import does (Node scripts, tests, a worker without WebAssembly).
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

/** An incremental SHA-256: fed the file piece by piece, as it is read. */
export interface IncrementalSha256 {
  update(bytes: Uint8Array): unknown;
  /** The digest of everything fed, as 64 lowercase hex digits. */
  hex(): string;
}

/**
 * @noble/hashes' SHA-256 behind {@link IncrementalSha256}.
 *
 * @example
 * const hash = nobleSha256();
 * hash.update(new TextEncoder().encode("abc"));
 * hash.hex(); //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function nobleSha256(): IncrementalSha256 {
  const hash = sha256.create();
  return { update: (bytes) => hash.update(bytes), hex: () => bytesToHex(hash.digest()) };
}
