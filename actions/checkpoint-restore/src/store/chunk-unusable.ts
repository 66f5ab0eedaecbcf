/** A chunk that is missing or does not hash to its name: `reason` says which. */
export class ChunkUnusable extends Error {
  constructor(
    readonly hash: string,
    readonly reason: string,
  ) {
    super(`chunk ${hash} ${reason}`);
  }
}
