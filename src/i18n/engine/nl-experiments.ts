/** Dutch words of src/experiments (see ./index.ts): keys start with 'experiments.'. The source of truth for en-experiments.ts. */
export const nlExperiments = {
};
