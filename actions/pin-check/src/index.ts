import { runMain } from '@gates/core';
import { pinCheck } from './definition.js';

await runMain(pinCheck);
