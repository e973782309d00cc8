/** Dutch words of src/cli and src/node (see ./index.ts): keys start with 'cli.'. The source of truth for en-cli.ts. */
export const nlCli = {
};
