import { runMain } from '@gates/core';
import { docsCheck } from './definition.js';

await runMain(docsCheck);
