/** English words of src/core (see ./index.ts), the same keys and values as nl-core.ts. */
import type { nlCore } from './nl-core.ts';

export const enCore: typeof nlCore = {
};
