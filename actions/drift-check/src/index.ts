import { runMain } from '@gates/core';
import { driftCheck } from './definition.js';

await runMain(driftCheck);
