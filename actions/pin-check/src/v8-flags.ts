import { setFlagsFromString } from 'node:v8';

/**
 * What pin-check's process setup (process-setup.ts) shares: the V8 major
 * version its settings were measured on, and the call that sets a flag,
 * injected in tests so they read which flags a version gets.
 */
export type SetFlags = (flags: string) => void;

export const setV8Flags: SetFlags = setFlagsFromString;

/** `13` for Node 24's `13.6.233.17-node.63`; NaN for a version it cannot read, which no range matches. */
export function v8Major(version: string): number {
  return Number(version.split('.')[0]);
}
