import { runMain } from '@gates/core';
import { hydrationCheck } from './definition.js';

await runMain(hydrationCheck);
