import { runMain } from '@gates/core';
import { rbacGuard } from './definition.js';

await runMain(rbacGuard);
