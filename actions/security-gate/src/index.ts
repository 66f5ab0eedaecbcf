import { runMain } from '@gates/core';
import { securityGate } from './definition.js';

await runMain(securityGate);
