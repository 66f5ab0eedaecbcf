/** A report that parses but is not the shape its format promises (e.g. JSON that is neither Jest's nor mocha's). */
export class ReportShapeError extends Error {
  constructor(
    message: string,
    /** Byte offset in the whole input. */
    readonly offset: number,
  ) {
    super(message);
  }
}
