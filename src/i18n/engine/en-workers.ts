/** English words of src/workers (see ./index.ts), the same keys and values as nl-workers.ts. */
import type { nlWorkers } from './nl-workers.ts';

export const enWorkers: typeof nlWorkers = {};
