// First, for its effect on the heap before anything is loaded (see young-generation.ts).
import './young-generation.js';
import { runMain } from '@gates/core';
import { pinCheck } from './definition.js';

await runMain(pinCheck);
