/**
 * The times a report states about itself, apart from its tests' times: the
 * suites' own `time` (which includes setup and teardown, and is wall time
 * where the tests ran in parallel) and when they ran (`timestamp`), so the
 * summary can show both totals and the sanity checks know how long the tests
 * really took. Pure.
 */
export class ReportTimes {
  /** Sum of the outermost stated suite times, in seconds; undefined when no suite states one. */
  ownSeconds: number | undefined;
  /** Earliest start and latest end the suites state (epoch ms). */
  start: number | undefined;
  end: number | undefined;
  /** Per open suite: whether it or an ancestor was counted in `ownSeconds`. */
  private readonly counted: boolean[] = [];

  /** A suite opens: its own time (in the report's unit, scaled to seconds) and start timestamp, as written. */
  openSuite(time: number | undefined, scale: number, timestamp: string | undefined): void {
    const inCounted = this.counted.length > 0 && this.counted[this.counted.length - 1]!;
    const seconds = time === undefined ? undefined : time * scale;
    if (!inCounted && seconds !== undefined) this.ownSeconds = (this.ownSeconds ?? 0) + seconds;
    this.counted.push(inCounted || seconds !== undefined);
    const start = timestamp ? Date.parse(timestamp) : Number.NaN;
    if (Number.isFinite(start)) this.span(start, start + (seconds ?? 0) * 1000);
  }

  closeSuite(): void {
    this.counted.pop();
  }

  /** A stretch of time the report says its tests ran in (epoch ms). */
  span(start: number, end: number): void {
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    this.start = this.start === undefined ? start : Math.min(this.start, start);
    this.end = this.end === undefined ? end : Math.max(this.end, end);
  }

  /** Seconds between the earliest start and latest end; undefined without timestamps. */
  get spanSeconds(): number | undefined {
    return this.start === undefined || this.end === undefined ? undefined : Math.max(0, (this.end - this.start) / 1000);
  }
}
