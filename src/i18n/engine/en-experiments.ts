/** English words of src/experiments (see ./index.ts), the same keys and values as nl-experiments.ts. */
import type { nlExperiments } from './nl-experiments.ts';

export const enExperiments: typeof nlExperiments = {
};
