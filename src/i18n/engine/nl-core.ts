/** Dutch words of src/core (see ./index.ts): keys start with 'core.'. The source of truth for en-core.ts. */
export const nlCore = {
};
