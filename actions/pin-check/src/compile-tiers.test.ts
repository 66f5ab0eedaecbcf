import { describe, expect, test } from '@jest/globals';
import { LONG_RUN_CHARACTERS, startOptions, TurbofanHold } from './compile-tiers.js';

// The flags' effect on a real process is tested through the bundle (test/e2e/pin-check-tiers.e2e.test.ts); this is
// which V8 versions, start options and run lengths get them.
describe('TurboFan held back for short runs', () => {
  const NODE_20 = '11.3.244.8-node.38';
  const NODE_22 = '12.4.254.21-node.33';
  const NODE_24 = '13.6.233.17-node.63';

  function hold(version: string, options: string[] = []): { set: string[]; progress: (characters: number) => void } {
    const set: string[] = [];
    const turbofan = new TurbofanHold((flags) => set.push(flags));
    turbofan.holdBack(version, options);
    return { set, progress: turbofan.letGoOnLongRun() };
  }

  test.each([
    [NODE_24, ['--no-turbofan']],
    [NODE_22, []],
    [NODE_20, []],
    ['14.1.0', []],
    ['', []],
  ])('V8 %s at start: %j', (version, expected) => {
    expect(hold(version).set).toEqual(expected);
  });

  test.each([['--jitless'], ['--no-opt'], ['--no_opt'], ['--max-opt=2'], ['--turbofan'], ['--no-maglev'], ['--always-sparkplug'], ['--lite-mode']])(
    'a process started with %s chose its tiers: nothing set, then or later',
    (option) => {
      const { set, progress } = hold(NODE_24, startOptions(['--max-old-space-size=4096'], `--enable-source-maps ${option}`));
      progress(LONG_RUN_CHARACTERS * 2);
      expect(set).toEqual([]);
    },
  );

  test('options that do not choose tiers leave the hold as it is', () => {
    expect(hold(NODE_24, startOptions(['--max-old-space-size=4096', '--stack-size=2000'], '--enable-source-maps --optimize-for-size')).set).toEqual(['--no-turbofan']);
  });

  test('let go once, when the text read passes the long-run mark, however it is split', () => {
    const { set, progress } = hold(NODE_24);
    for (let index = 0; index < 1_024; index++) progress(LONG_RUN_CHARACTERS / 1_024);
    expect(set).toEqual(['--no-turbofan']);
    progress(1);
    progress(LONG_RUN_CHARACTERS);
    expect(set).toEqual(['--no-turbofan', '--turbofan']);
  });

  test('one huge file is a long run on its own', () => {
    const { set, progress } = hold(NODE_24);
    progress(LONG_RUN_CHARACTERS + 1);
    expect(set).toEqual(['--no-turbofan', '--turbofan']);
  });

  test('where nothing was held back, nothing is let go', () => {
    const { set, progress } = hold(NODE_20);
    progress(LONG_RUN_CHARACTERS * 10);
    expect(set).toEqual([]);
  });
});
