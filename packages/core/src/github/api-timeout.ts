import type { DurationRange } from '../inputs/parse.js';

/**
 * What `api-timeout` inputs accept: long enough for one slow answer, short enough that a hung call ends the job.
 * Apart from connect.ts so that reading the input (every run) does not load the API client (runs with a token).
 */
export const API_TIMEOUT_RANGE: Required<DurationRange> = { minMs: 100, maxMs: 600_000 };
