import { runMain } from '@gates/core';
import { perfSla } from './definition.js';

await runMain(perfSla);
