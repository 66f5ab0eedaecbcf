import { runMain } from '@gates/core';
import { configCheck } from './definition.js';

await runMain(configCheck);
