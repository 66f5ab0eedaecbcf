import { reportError } from './report-error.js';
import type { RunEnvironment } from './run-action.js';

/**
 * Last line of defence for an entry point: an exception or rejection that
 * escapes everything else is reported like any other internal error (exit 4,
 * no stack trace unless debug) instead of Node's raw trace.
 */
export function installCrashHandlers(host: RunEnvironment, action: string): void {
  const crash = (thrown: unknown) => {
    process.exitCode = reportError(thrown, host, action);
    process.exit();
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
