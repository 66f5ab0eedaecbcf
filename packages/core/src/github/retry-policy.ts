/**
 * When to retry a GitHub API call and how long to wait first. Pure: the
 * client feeds it what the server said and the clock, so every branch is
 * tested without a network.
 *
 * GitHub's documented behaviour: a primary rate limit answers 403 or 429 with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds); a
 * secondary limit answers 403 or 429 with `retry-after` (seconds). 5xx and
 * dropped connections are transient and worth a bounded, backed-off retry.
 */
export interface AttemptOutcome {
  /** HTTP status, or undefined when no response arrived (connection error). */
  status?: number;
  headers: Record<string, string | undefined>;
}

export interface RetryLimits {
  /** Retries after the first attempt for 5xx and connection errors. */
  maxRetries: number;
  /** First backoff; doubles per retry. */
  baseDelayMs: number;
  /** Longest wait for a rate-limit reset or retry-after before giving up. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_LIMITS: RetryLimits = { maxRetries: 2, baseDelayMs: 250, maxRateLimitWaitMs: 60_000 };

export type RetryDecision =
  | { retry: true; waitMs: number; reason: string }
  | { retry: false; reason: 'ok' | 'client-error' | 'rate-limited' | 'unavailable' };

export function isRateLimited(outcome: AttemptOutcome): boolean {
  if (outcome.status !== 403 && outcome.status !== 429) return false;
  return outcome.headers['x-ratelimit-remaining'] === '0' || outcome.headers['retry-after'] !== undefined;
}

/** Milliseconds until the rate limit lets a call through, or 0. */
export function rateLimitWaitMs(headers: AttemptOutcome['headers'], nowMs: number): number {
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
  if (headers['x-ratelimit-remaining'] !== '0') return 0;
  const reset = Number(headers['x-ratelimit-reset']);
  // Without a reset time there is nothing sound to wait for: give up rather than guess.
  return Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) : Number.POSITIVE_INFINITY;
}

/** `attempt` counts from 1 (the call that produced `outcome`). */
export function decideRetry(outcome: AttemptOutcome, attempt: number, nowMs: number, limits: RetryLimits): RetryDecision {
  const { status } = outcome;
  if (status !== undefined && status < 400) return { retry: false, reason: 'ok' };
  if (isRateLimited(outcome)) {
    const waitMs = rateLimitWaitMs(outcome.headers, nowMs);
    // One wait for the limit to lift; a second refusal means it did not.
    if (attempt > 1 || waitMs > limits.maxRateLimitWaitMs) return { retry: false, reason: 'rate-limited' };
    return { retry: true, waitMs, reason: `rate limited (status ${status})` };
  }
  const transient = status === undefined || status >= 500;
  if (!transient) return { retry: false, reason: 'client-error' };
  if (attempt > limits.maxRetries) return { retry: false, reason: 'unavailable' };
  return {
    retry: true,
    waitMs: limits.baseDelayMs * 2 ** (attempt - 1),
    reason: status === undefined ? 'connection failed' : `server error ${status}`,
  };
}
