/** English words of src/cli and src/node (see ./index.ts), the same keys and values as nl-cli.ts. */
import type { nlCli } from './nl-cli.ts';

export const enCli: typeof nlCli = {
};
