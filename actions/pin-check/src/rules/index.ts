import { invalidWorkflow } from './invalid-workflow.js';
import type { PinRule } from './rule.js';
import { unpinnedUses } from './unpinned-uses.js';

/** Every pin-check rule, in the order their findings are reported. */
export const PIN_RULES: readonly PinRule[] = [unpinnedUses, invalidWorkflow];
