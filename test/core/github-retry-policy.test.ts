import { describe, expect, test } from '@jest/globals';
import { decideRetry, DEFAULT_RETRY_LIMITS, rateLimitWaitMs } from '../../packages/core/src/github/retry-policy.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const limits = DEFAULT_RETRY_LIMITS;

describe('decideRetry', () => {
  test('2xx and 3xx are final; 404 and 422 are answers, not retried', () => {
    expect(decideRetry({ status: 200, headers: {} }, 1, NOW, limits)).toEqual({ retry: false, reason: 'ok' });
    expect(decideRetry({ status: 404, headers: {} }, 1, NOW, limits)).toEqual({ retry: false, reason: 'client-error' });
    expect(decideRetry({ status: 422, headers: {} }, 1, NOW, limits)).toEqual({ retry: false, reason: 'client-error' });
  });

  test('a 403 without rate-limit headers is a refusal (permissions), not retried', () => {
    expect(decideRetry({ status: 403, headers: { 'x-ratelimit-remaining': '4000' } }, 1, NOW, limits)).toEqual({ retry: false, reason: 'client-error' });
  });

  test('5xx and dropped connections back off exponentially, then give up after maxRetries', () => {
    expect(decideRetry({ status: 502, headers: {} }, 1, NOW, limits)).toMatchObject({ retry: true, waitMs: 250 });
    expect(decideRetry({ headers: {} }, 2, NOW, limits)).toMatchObject({ retry: true, waitMs: 500, reason: 'connection failed' });
    expect(decideRetry({ status: 503, headers: {} }, 3, NOW, limits)).toEqual({ retry: false, reason: 'unavailable' });
  });

  test('primary rate limit: waits until x-ratelimit-reset when it is near, once', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 20) };
    expect(decideRetry({ status: 403, headers }, 1, NOW, limits)).toMatchObject({ retry: true, waitMs: 20_000 });
    expect(decideRetry({ status: 429, headers }, 2, NOW, limits)).toEqual({ retry: false, reason: 'rate-limited' });
  });

  test('a reset further away than the budget is reported, not waited for', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) };
    expect(decideRetry({ status: 403, headers }, 1, NOW, limits)).toEqual({ retry: false, reason: 'rate-limited' });
  });

  test('secondary rate limit: retry-after seconds win over the reset header', () => {
    expect(rateLimitWaitMs({ 'retry-after': '3', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 50) }, NOW)).toBe(3000);
    expect(decideRetry({ status: 403, headers: { 'retry-after': '0' } }, 1, NOW, limits)).toMatchObject({ retry: true, waitMs: 0 });
  });

  test('remaining 0 without a reset time cannot be waited out soundly', () => {
    expect(rateLimitWaitMs({ 'x-ratelimit-remaining': '0' }, NOW)).toBe(Number.POSITIVE_INFINITY);
    expect(decideRetry({ status: 403, headers: { 'x-ratelimit-remaining': '0' } }, 1, NOW, limits)).toEqual({ retry: false, reason: 'rate-limited' });
  });
});
