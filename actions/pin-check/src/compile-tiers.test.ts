import { describe, expect, test } from '@jest/globals';
import { holdBackTurbofan, LONG_RUN_FILES, turbofanForLongRuns } from './compile-tiers.js';

// The flags' effect on a real process is tested through the bundle (test/e2e/pin-check-tiers.e2e.test.ts); this is
// which V8 versions and which run sizes get them.
describe('TurboFan held back for short runs', () => {
  const NODE_20 = '11.3.244.8-node.38';
  const NODE_22 = '12.4.254.21-node.33';
  const NODE_24 = '13.6.233.17-node.63';

  test.each([
    [NODE_24, ['--no-turbofan']],
    [NODE_22, []],
    [NODE_20, []],
    ['14.1.0', []],
    ['', []],
  ])('V8 %s at start: %j', (version, expected) => {
    const set: string[] = [];
    holdBackTurbofan(version, (flags) => set.push(flags));
    expect(set).toEqual(expected);
  });

  test.each([
    [NODE_24, 1_400, []],
    [NODE_24, LONG_RUN_FILES, []],
    [NODE_24, LONG_RUN_FILES + 1, ['--turbofan']],
    [NODE_24, 15_400, ['--turbofan']],
    [NODE_20, 15_400, []],
  ])('V8 %s, %i files to read: %j', (version, files, expected) => {
    const set: string[] = [];
    turbofanForLongRuns(files, version, (flags) => set.push(flags));
    expect(set).toEqual(expected);
  });
});
