import { runMain } from '@gates/core';
import { commandCheck } from './definition.js';

await runMain(commandCheck);
