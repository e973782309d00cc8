/**
 * Rates as the model uses them. Sources give yearly probabilities (mortality, moving, circle
 * ending: model-science.md); the model steps by month, so they are converted here, in one place
 * that imports nothing, where the life course and the processes both find it.
 */

/** Monthly probability from an annual one: 1 − (1 − p)^(1/12), with p kept below 1. */
export const monthly = (perYear: number) => 1 - Math.pow(1 - Math.min(perYear, 0.999999), 1 / 12);
