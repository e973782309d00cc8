/**
 * Dutch words of src/workers (see ./index.ts): keys start with 'workers.'. The source of truth for
 * en-workers.ts. Empty for now, and on purpose: the workers say nothing of their own to people. They
 * pass on what the readers and the core said (InputError.messages, ReadWarning.messages, already in
 * both languages) with its place in front (core/errors.ts formatWhere, words 'core.errors.*'); their
 * own errors (a worker that stopped, a table not loaded yet) are programming faults in English, never
 * bad input. A message a worker must give a user goes here.
 */
export const nlWorkers = {};
