import { setTimeout as sleep } from 'node:timers/promises';
import { GatesError } from '../errors/gates-error.js';
import { formatDuration } from '../inputs/parse.js';
import { DEFAULT_RETRY_LIMITS, decideRetry, type RetryLimits } from './retry-policy.js';

/** What one HTTP exchange produced; `status` is undefined when no response arrived. */
export interface TransportResponse {
  status?: number;
  headers: Record<string, string | undefined>;
  data: unknown;
  /** The request was aborted by its timeout. */
  timedOut?: boolean;
  /** Why no response arrived (connection refused, DNS...). */
  failure?: string;
}

/** The network edge, so the client's logic is tested with a real server or none. */
export interface ApiTransport {
  request(route: string, params: Record<string, string | number>, signal: AbortSignal): Promise<TransportResponse>;
}

export type ApiResult<T> =
  /** `link`: GitHub's pagination header, when the list has more pages (see paginate.ts). */
  | { ok: true; status: number; data: T; link?: string }
  /** A definite answer that is not a success (404, 403 without rate limit, 422...). */
  | { ok: false; status: number; message: string };

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export interface ApiClientOptions {
  timeoutMs: number;
  /** Total time for all of this client's calls (a run's online budget); no call starts or waits past it. Default: none. */
  budgetMs?: number;
  limits?: Partial<RetryLimits>;
  /** Called before each wait, so the log says why the job paused. */
  onWait?: (reason: string, waitMs: number) => void;
}

/**
 * A GitHub REST client with the behaviour gates promises everywhere: each
 * call has a timeout, transient failures are retried with bounded backoff,
 * rate limits are read from headers and waited out (or reported), identical
 * GETs within a run are made once, and calls are counted for the summary.
 * Failures that are not an answer throw a GatesError (exit 3): callers fail
 * closed.
 *
 * A circuit breaker: once a call gets no answer (connection failed, timed
 * out, 5xx on every attempt, rate limit exhausted) or the budget is spent,
 * the client stops for the rest of the run. Calls in flight are abandoned and
 * later ones fail at once with GATES_E_API_STOPPED, so an outage costs one
 * timeout instead of one per call.
 */
export class GitHubApi {
  calls = 0;
  rateLimit?: RateLimitSnapshot;
  /** Why the client stopped calling, once it has (the breaker is open). */
  stopped?: string;
  private readonly cache = new Map<string, Promise<ApiResult<unknown>>>();
  private readonly limits: RetryLimits;
  private readonly deadline: number;
  private readonly halt = new AbortController();

  constructor(
    private readonly transport: ApiTransport,
    private readonly options: ApiClientOptions,
  ) {
    this.limits = { ...DEFAULT_RETRY_LIMITS, ...options.limits };
    this.deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.budgetMs;
  }

  /** GET `route` (Octokit route syntax, e.g. `GET /repos/{owner}/{repo}`), memoised per run. */
  get<T>(route: string, params: Record<string, string | number> = {}): Promise<ApiResult<T>> {
    const key = `${route} ${JSON.stringify(params)}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.send(route, params);
      this.cache.set(key, pending);
    }
    return pending as Promise<ApiResult<T>>;
  }

  /** A write (`POST /repos/{owner}/{repo}/statuses/{sha}`, …): never memoised; body fields are params, as Octokit takes them. */
  post<T>(route: string, params: Record<string, string | number | object> = {}): Promise<ApiResult<T>> {
    return this.send(route, params as Record<string, string | number>) as Promise<ApiResult<T>>;
  }

  private async send(route: string, params: Record<string, string | number>): Promise<ApiResult<unknown>> {
    const label = describeRoute(route, params);
    for (let attempt = 1; ; attempt++) {
      if (this.stopped) throw this.stoppedError(label);
      await this.waitForRateLimit(label);
      const timeoutMs = this.callTimeout(label);
      this.calls++;
      const call = this.callSignal(timeoutMs);
      const response = await this.transport.request(route, params, call.signal).finally(call.done);
      // Another call opened the breaker while this one waited: its answer (or abort) no longer counts.
      if (this.stopped) throw this.stoppedError(label);
      this.recordRateLimit(response.headers);
      if (response.timedOut) {
        if (timeoutMs < this.options.timeoutMs) throw this.stop(this.budgetSpent(), label);
        throw this.trip(new GatesError('GATES_E_API_TIMEOUT', { route: label, timeout: formatDuration(this.options.timeoutMs) }));
      }
      const decision = decideRetry(response, attempt, Date.now(), this.limits);
      if (decision.retry) {
        this.options.onWait?.(`${label}: ${decision.reason}`, decision.waitMs);
        await this.pause(decision.waitMs, label);
        continue;
      }
      switch (decision.reason) {
        case 'ok':
          return { ok: true, status: response.status!, data: response.data, ...(response.headers.link ? { link: response.headers.link } : {}) };
        case 'client-error':
          return { ok: false, status: response.status!, message: messageOf(response.data) };
        case 'rate-limited':
          throw this.trip(new GatesError('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
        case 'unavailable':
          if (response.status === undefined) {
            throw this.trip(new GatesError('GATES_E_NETWORK', { url: label, reason: response.failure ?? 'no response' }));
          }
          throw this.trip(new GatesError('GATES_E_API_UNAVAILABLE', { route: label, attempts: attempt, reason: `status ${response.status}` }));
      }
    }
  }

  /** The timeout of the next call: `timeoutMs`, or less when the budget ends sooner. Throws once the budget is spent. */
  private callTimeout(label: string): number {
    const left = this.deadline - Date.now();
    if (left <= 0) throw this.stop(this.budgetSpent(), label);
    return Math.min(this.options.timeoutMs, left);
  }

  /**
   * Aborted by the call's timeout or by the breaker opening. A timer and a
   * listener rather than `AbortSignal.any([AbortSignal.timeout(...), ...])`:
   * Node 20 holds the sources of `any` weakly, so a collected timeout signal
   * never fires and the call waits for undici's own 300 s limit (measured).
   */
  private callSignal(timeoutMs: number): { signal: AbortSignal; done: () => void } {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onHalt = () => controller.abort();
    this.halt.signal.addEventListener('abort', onHalt, { once: true });
    return {
      signal: controller.signal,
      done: () => {
        clearTimeout(timer);
        this.halt.signal.removeEventListener('abort', onHalt);
      },
    };
  }

  /** Opens the breaker with the error that shows the API is not usable, and returns that error for the caller to throw. */
  private trip(error: GatesError): GatesError {
    this.open(`${error.message.replace(/\.$/, '')} (${error.code})`);
    return error;
  }

  /** Opens the breaker for a reason that is not one call's failure (the budget), and returns the error for this call. */
  private stop(reason: string, label: string): GatesError {
    this.open(reason);
    return this.stoppedError(label);
  }

  private open(reason: string): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.halt.abort();
  }

  private stoppedError(label: string): GatesError {
    return new GatesError('GATES_E_API_STOPPED', { route: label, reason: this.stopped ?? 'an earlier failure' });
  }

  private budgetSpent(): string {
    return `the run's API budget of ${formatDuration(this.options.budgetMs ?? 0)} was spent`;
  }

  /** A wait that the budget allows, cut short when the breaker opens. */
  private async pause(waitMs: number, label: string): Promise<void> {
    if (Date.now() + waitMs > this.deadline) throw this.stop(this.budgetSpent(), label);
    try {
      await sleep(waitMs, undefined, { signal: this.halt.signal });
    } catch {
      throw this.stoppedError(label);
    }
  }

  private recordRateLimit(headers: TransportResponse['headers']): void {
    const limit = Number(headers['x-ratelimit-limit']);
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if ([limit, remaining, reset].every(Number.isFinite)) this.rateLimit = { limit, remaining, resetAt: reset * 1000 };
  }

  /** Known to be exhausted: wait for the reset when it is near, else stop now instead of burning calls. */
  private async waitForRateLimit(label: string): Promise<void> {
    const snapshot = this.rateLimit;
    if (!snapshot || snapshot.remaining > 0) return;
    const waitMs = snapshot.resetAt - Date.now();
    if (waitMs <= 0) return;
    if (waitMs > this.limits.maxRateLimitWaitMs) {
      throw this.trip(new GatesError('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
    }
    this.options.onWait?.('rate limit exhausted', waitMs);
    await this.pause(waitMs, label);
    snapshot.remaining = snapshot.limit;
  }

  private resetDescription(): string {
    return this.rateLimit ? new Date(this.rateLimit.resetAt).toISOString() : 'an unknown time';
  }
}

/** The data of a successful answer; any other answer is a failed check (exit 3), never an absence. */
export function requireAnswer<T>(result: ApiResult<T>, what: string): T {
  if (result.ok) return result.data;
  throw new GatesError('GATES_E_API_DENIED', { status: result.status, route: what, reason: result.message });
}

/** Like requireAnswer, but 404 and 422 mean "no such thing" and give undefined. */
export function answerOrAbsent<T>(result: ApiResult<T>, what: string): T | undefined {
  if (!result.ok && (result.status === 404 || result.status === 422)) return undefined;
  return requireAnswer(result, what);
}

/** `GET /repos/{owner}/{repo}` with params filled in, for messages. */
export function describeRoute(route: string, params: Record<string, string | number>): string {
  return route.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function messageOf(data: unknown): string {
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return 'no message';
}
