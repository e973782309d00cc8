#!/usr/bin/env node
// Entry of `npx sneeuwbal`: lets Node load the TypeScript sources directly (no build step), then
// runs the command. Kept tiny: commands themselves are imported only when called.
import { register } from 'tsx/esm/api';

register();
// `| head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
