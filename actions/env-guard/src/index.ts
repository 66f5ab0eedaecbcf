import { runMain } from '@gates/core';
import { envGuard } from './definition.js';

await runMain(envGuard);
