import { runMain } from '@gates/core';
import { fsLockTest } from './definition.js';

await runMain(fsLockTest);
