import { sha256Hex } from '../store/manifest.js';
import { DEFAULT_CHUNK_SIZES } from './content-chunker.js';

/**
 * A maximum-size chunk of zeros: every run of zeros in a sparse file cuts
 * into these (content-chunker.ts), so its hash is computed once, here, and
 * neither a save (digest-batch.ts) nor a restore's check of what is already
 * on disk (plan-restore.ts) hashes a gigabyte of holes.
 */
export const ZERO_CHUNK = { size: DEFAULT_CHUNK_SIZES.max, sha256: sha256Hex(Buffer.alloc(DEFAULT_CHUNK_SIZES.max)) };

const ZEROS = Buffer.alloc(ZERO_CHUNK.size);

/** A chunk's SHA-256 (a zero chunk's is known). */
export function chunkHash(plain: Uint8Array): string {
  return plain.length === ZERO_CHUNK.size && ZEROS.equals(plain) ? ZERO_CHUNK.sha256 : sha256Hex(plain);
}
