/**
 * The batch job files stay consistent with the command they run: the Kubernetes Indexed Job gives
 * each pod its own shard and as many shards as completions; the Slurm array script derives the
 * shard from the array task. (The Slurm script itself runs for real in slurm.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('batch job files of the atlas', () => {
  it('the Kubernetes Indexed Job has one shard per completion, from JOB_COMPLETION_INDEX', () => {
    const job = read('jobs/k8s/atlas-job.yaml');
    expect(job).toMatch(/^\s*completionMode: Indexed$/m);
    const completions = Number(/^\s*completions: (\d+)$/m.exec(job)![1]);
    const shard = /--shard "\$\{JOB_COMPLETION_INDEX\}\/(\d+)"/.exec(job);
    expect(shard).not.toBeNull();
    expect(Number(shard![1])).toBe(completions);
    expect(job).toMatch(/sneeuwbal atlas .*--out \/out/);
  });

  it('the Slurm array script takes the shard from the task and passes every other argument on', () => {
    const script = read('jobs/slurm/atlas.sbatch');
    expect(script).toContain('SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-0}))/${SLURM_ARRAY_TASK_COUNT}');
    expect(script).toMatch(/atlas "\$@" --shard "\$shard"/);
  });
});
