/**
 * The Slurm array job of the atlas (jobs/slurm/atlas.sbatch), run for real on a one-node cluster
 * on this machine (jobs/slurm/local-cluster.sh: Debian's slurmctld, slurmd and munge, which .ci/run
 * installs): three array tasks compute three shards, the merge gives the same bytes as one run.
 * Needs root and those packages; without them (a developer's laptop) the test is skipped and says so.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const script = join(repo, 'jobs/slurm/local-cluster.sh');
const tools = ['/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/sbin/munged'];
const ready = process.getuid?.() === 0 && tools.every((t) => existsSync(t));

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

describe.skipIf(!ready)('the atlas as a Slurm array job (needs root, slurmctld, slurmd, munge)', () => {
  const cluster = mkdtempSync(join(tmpdir(), 'slurm-'));
  afterAll(() => {
    execFileSync('bash', [script, 'stop', cluster]);
  });

  it('three array tasks and a merge give the bytes of one unsharded run', async () => {
    const env = { ...process.env, SLURMCTLD_PORT: String(await freePort()), SLURMD_PORT: String(await freePort()) };
    // Bounded, so a cluster that does not come up fails this test with its logs instead of blocking the run.
    execFileSync('bash', [script, 'start', cluster], { env, stdio: 'pipe', timeout: 90_000 });
    const args = ['--within', 'WK198210', '--level', 'buurt', '--route', 'b', '--reps', '8', '--max-k', '4', '--budget', '2', '--months', '60', '--seed', '7'];
    const one = mkdtempSync(join(tmpdir(), 'atlas-one-')),
      shards = mkdtempSync(join(tmpdir(), 'atlas-shards-'));
    const single = runMain('atlas', ...args, '--workers', '1', '--out', one);
    // Submitted as an array job; its end is seen by polling squeue every half second (sbatch --wait
    // backs off to half a minute between looks, which is most of this test's time otherwise).
    const slurmEnv = { ...env, SLURM_CONF: join(cluster, 'slurm.conf') };
    const out = execFileSync(
      'sbatch',
      [
        '--parsable',
        '--array=0-2',
        '--cpus-per-task=1',
        '--mem=1G',
        `--chdir=${repo}`,
        `--output=${cluster}/task-%a.log`,
        'jobs/slurm/atlas.sbatch',
        ...args,
        '--out',
        shards,
      ],
      { env: slurmEnv, cwd: repo, encoding: 'utf8' },
    );
    const job = out.trim().split(';')[0];
    expect(job).toMatch(/^\d+$/);
    const queued = () => new Promise<string>((ok) => execFile('squeue', ['-h', '-j', job], { env: slurmEnv }, (_e, stdout) => ok(stdout.trim())));
    for (let i = 0; i < 400 && (await queued()) !== ''; i++) await new Promise((r) => setTimeout(r, 500));
    expect(await queued()).toBe('');
    expect((await single).code).toBe(0);
    for (const i of [0, 1, 2]) expect(readFileSync(join(cluster, `task-${i}.log`), 'utf8')).toContain(`shard ${i}/3`);
    const merged = await runMain('atlas', 'merge', shards, '--out', shards);
    expect(merged.stderr).toBe('');
    expect(readFileSync(join(shards, 'atlas.json'), 'utf8')).toBe(readFileSync(join(one, 'atlas.json'), 'utf8'));
    expect(readFileSync(join(shards, 'atlas.csv'), 'utf8')).toBe(readFileSync(join(one, 'atlas.csv'), 'utf8'));
  }, 240_000);
});
