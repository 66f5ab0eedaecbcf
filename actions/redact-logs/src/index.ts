import { runMain } from '@gates/core';
import { redactLogs } from './definition.js';

await runMain(redactLogs);
