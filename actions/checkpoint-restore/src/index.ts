import { runMain } from '@gates/core';
import { checkpointRestore } from './definition.js';

await runMain(checkpointRestore);
