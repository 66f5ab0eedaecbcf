export interface DeclaredInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export interface RootInput {
  description: string;
  required: false;
  default?: string;
}

export declare const SUITE_INPUTS: readonly string[];

/** The root action's outputs, each described for every action that sets it. */
export declare function rootOutputs(actions: { name: string; outputs?: Record<string, { description?: string }> }[]): Record<string, { description: string }>;

/** The root action's inputs, and for each action which root input carries each of its own (see root-inputs.mjs). */
export declare function rootInputs(actions: { name: string; inputs?: Record<string, DeclaredInput> }[]): {
  inputs: Record<string, RootInput>;
  routes: Record<string, Record<string, string>>;
};
