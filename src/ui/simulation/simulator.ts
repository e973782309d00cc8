import type { AreaInput } from '../../core/area.ts';
import { InputError } from '../../core/errors.ts';
import { messages } from '../../i18n/index.ts';
import type { BuurtGroup } from '../../experiments/area.ts';
import { findCriticalMass, type CriticalMassOptions, type CriticalMassResult } from '../../experiments/criticalMass.ts';
import { greedyPlacement, type GreedyOptions, type GreedyResult } from '../../experiments/greedy.ts';
import { CancelledError, repRange, type ReplicationPool } from '../../experiments/pool.ts';
import { rankAreas, type RankOptions, type RankResult } from '../../experiments/rank.ts';
import type { RankLevel } from '../../experiments/rankUnits.ts';
import { findDrivers, type Driver } from '../../experiments/drivers.ts';
import type { ParamSet } from '../../experiments/paramset.ts';
import { jobFor, summariseScenario, type ScenarioResult } from '../../experiments/run.ts';
import type { Scenario } from '../../experiments/scenario.ts';
import type { AreaResult, Message, UnitsResult } from '../../workers/dataApi.ts';
import { tracesOf, type RepTraces } from './traces.ts';

/**
 * Runs the model for the page: scenarios, the critical-mass search and the "where to start"
 * ranking. Areas are built in the data worker, replications run on the worker pool, summaries are
 * made here (a few milliseconds). One computation runs at a time; others asked for meanwhile wait
 * their turn, and each can be cancelled on its own. Every result is kept by its key (table + inputs as JSON): results are
 * deterministic, so a key computed once is never computed again in this session. Progress is
 * reported at most ten times a second so re-rendering never competes with the simulation.
 */
export interface Outcome {
  key: string;
  scenario: Scenario;
  result: ScenarioResult;
  traces: RepTraces;
}

export type ComputationKind = 'scenarios' | 'critical' | 'drivers' | 'rank' | 'greedy';

export interface SimStatus {
  running: boolean;
  kind: ComputationKind | null;
  /** What is being computed now (a scenario's or place's name). */
  current: string | null;
  done: number;
  total: number;
  error: Message | null;
  cancelled: boolean;
  /** Computations asked for that wait for the running one (each can be cancelled on its own). */
  waiting: ComputationKind[];
}

export interface SimulatorDeps {
  pool: ReplicationPool;
  buildArea(codes: string[], groups: BuurtGroup[]): Promise<AreaResult>;
  rankUnits(within: string, level: RankLevel, groups: BuurtGroup[]): Promise<UnitsResult>;
  onChange(): void;
  now?: () => number;
}

export interface Job {
  key: string;
  scenario: Scenario;
  /** A parameter set or calibrated posterior to average over (as `simulate --params`); the key must tell it apart. */
  paramSet?: ParamSet;
}

export interface CriticalJob {
  key: string;
  scenario: Scenario;
  options: Omit<CriticalMassOptions, 'scenario'>;
}

export interface RankJob {
  key: string;
  scenario: Scenario;
  within: string;
  level: RankLevel;
  options: Omit<RankOptions, 'scenario'>;
}

export interface GreedyJob {
  key: string;
  scenario: Scenario;
  options: Omit<GreedyOptions, 'scenario'>;
}

export const inputKey = (tableId: string, ...inputs: unknown[]) => `${tableId}|${JSON.stringify(inputs)}`;

const failure = (e: unknown): Message =>
  (e as { messages?: Message }).messages ?? { nl: messages('nl').run.failed((e as Error).message), en: messages('en').run.failed((e as Error).message) };

export function createSimulator(deps: SimulatorDeps) {
  const outcomes = new Map<string, Outcome>();
  const critical = new Map<string, CriticalMassResult>();
  const rankings = new Map<string, RankResult>();
  const placements = new Map<string, GreedyResult>();
  const drivers = new Map<string, Driver[]>();
  const areas = new Map<string, Promise<AreaResult>>();
  const now = deps.now ?? (() => performance.now());
  let status: SimStatus = { running: false, kind: null, current: null, done: 0, total: 0, error: null, cancelled: false, waiting: [] };
  let lastReport = 0;

  const set = (change: Partial<SimStatus>, force = true) => {
    status = { ...status, ...change };
    const t = now();
    if (force || t - lastReport > 100) {
      lastReport = t;
      deps.onChange();
    }
  };

  const areaFor = async (tableId: string, scenario: Scenario): Promise<AreaInput> => {
    const key = inputKey(tableId, scenario.area, scenario.groups);
    let pending = areas.get(key);
    if (!pending) {
      pending = deps.buildArea(scenario.area, scenario.groups);
      areas.set(key, pending);
      pending.then(
        (r) => (r.ok ? null : areas.delete(key)),
        () => areas.delete(key),
      );
    }
    const built = await pending;
    if (!built.ok) throw new InputError('area.failed', built.error);
    return built.area;
  };

  /**
   * One task per kind of computation. Tasks run one after another on the shared pool (they would
   * only compete for its workers), in the order asked; each has its own AbortController, so
   * cancelling one (running or waiting) leaves the others alone. The pool is reset only when the
   * running task is cancelled, and then it is the only one using it.
   */
  interface Task {
    kind: ComputationKind;
    controller: AbortController;
    done: Promise<void>;
  }
  const tasks = new Map<ComputationKind, Task>();
  let running: Task | null = null;
  let tail: Promise<void> = Promise.resolve();

  /** Errors and cancellation end up in the status, never thrown. Asking again for a kind that is waiting or running joins it. */
  function exclusive(kind: ComputationKind, current: string | null, total: number, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const existing = tasks.get(kind);
    if (existing) return existing.done;
    const controller = new AbortController();
    const signal = controller.signal;
    const task: Task = { kind, controller, done: Promise.resolve() };
    tasks.set(kind, task);
    const start = async () => {
      if (signal.aborted) return void set({ cancelled: true, waiting: waitingKinds() });
      running = task;
      set({ running: true, kind, current, done: 0, total, error: null, cancelled: false, waiting: waitingKinds() });
      try {
        await work(signal);
        set({ running: false, current: null });
      } catch (e) {
        if (e instanceof CancelledError || signal.aborted) set({ running: false, current: null, cancelled: true });
        else {
          console.error(e);
          set({ running: false, current: null, error: failure(e) });
        }
      }
    };
    task.done = tail.then(start).finally(() => {
      tasks.delete(kind);
      if (running === task) running = null;
      set({ waiting: waitingKinds(), running: running !== null || tasks.size > 0 });
    });
    tail = task.done;
    // Only worth a redraw when it has to wait; otherwise it starts at once and says so itself.
    if (running) set({ waiting: waitingKinds() });
    return task.done;
  }

  /** The kinds asked for and not yet started. */
  const waitingKinds = (): ComputationKind[] => [...tasks.values()].filter((t) => t !== running).map((t) => t.kind);

  /** Runs the scenarios not yet computed, one after another. */
  function run(tableId: string, jobs: readonly Job[]): Promise<void> {
    const todo = jobs.filter((j) => !outcomes.has(j.key));
    if (todo.length === 0) return Promise.resolve();
    return exclusive(
      'scenarios',
      todo[0].scenario.name ?? null,
      todo.reduce((s, j) => s + j.scenario.reps, 0),
      async (signal) => {
        let finished = 0;
        for (const job of todo) {
          const area = await areaFor(tableId, job.scenario);
          if (signal.aborted) throw new CancelledError();
          set({ current: job.scenario.name ?? null });
          const engineJob = jobFor(job.scenario, area, job.paramSet);
          const reps = await deps.pool.run({
            area,
            job: engineJob,
            reps: repRange(job.scenario.reps),
            signal,
            onProgress: (d) => set({ done: finished + d }, false),
          });
          outcomes.set(job.key, {
            key: job.key,
            scenario: job.scenario,
            result: summariseScenario(job.scenario, area, engineJob, reps),
            traces: tracesOf(reps),
          });
          finished += job.scenario.reps;
          set({ done: finished });
        }
      },
    );
  }

  /** An analysis computed once per key, as the one computation running. */
  function once<T>(
    cache: Map<string, T>,
    kind: ComputationKind,
    key: string,
    current: string | null,
    compute: (signal: AbortSignal) => Promise<T>,
  ): Promise<void> {
    if (cache.has(key)) return Promise.resolve();
    return exclusive(kind, current, 0, async (signal) => {
      cache.set(key, await compute(signal));
    });
  }

  function runCritical(tableId: string, job: CriticalJob): Promise<void> {
    return once(critical, 'critical', job.key, job.scenario.name ?? null, async (signal) => {
      const area = await areaFor(tableId, job.scenario);
      return findCriticalMass(area, { ...job.options, scenario: job.scenario }, deps.pool, {
        signal,
        onProgress: (p) => set({ done: p.runs, total: p.planned }, false),
      });
    });
  }

  /**
   * What a critical-mass answer rests on (drivers.ts), asked for after the answer is there: the
   * same as critical-mass's default `--drivers yes`, on the answer's own search. A computation of
   * its own in the status, with its runs done and planned so far (six searches of their own).
   */
  function runDrivers(tableId: string, job: CriticalJob & { base: CriticalMassResult }): Promise<void> {
    return once(drivers, 'drivers', job.key, job.scenario.name ?? null, async (signal) => {
      const area = await areaFor(tableId, job.scenario);
      return findDrivers(findCriticalMass, area, { ...job.options, scenario: job.scenario, drivers: false }, job.base, deps.pool, signal, (p) =>
        set({ done: p.runs, total: p.planned }, false),
      );
    });
  }

  function runRank(job: RankJob): Promise<void> {
    return once(rankings, 'rank', job.key, null, async (signal) => {
      const built = await deps.rankUnits(job.within, job.level, job.scenario.groups);
      if (!built.ok) throw new InputError('area.failed', built.error);
      return rankAreas(built.units, { ...job.options, scenario: job.scenario }, deps.pool, {
        signal,
        onProgress: (p) => set({ current: built.units.find((u) => u.code === p.code)?.name ?? p.code, done: p.unit, total: p.units }, false),
      });
    });
  }

  function runGreedy(tableId: string, job: GreedyJob): Promise<void> {
    return once(placements, 'greedy', job.key, job.scenario.name ?? null, async (signal) => {
      const area = await areaFor(tableId, job.scenario);
      return greedyPlacement(area, { ...job.options, scenario: job.scenario }, deps.pool, {
        signal,
        onProgress: (p) => set({ done: p.runs, total: p.runs }, false),
      });
    });
  }

  return {
    get status() {
      return status;
    },
    result: (key: string) => outcomes.get(key) ?? null,
    critical: (key: string) => critical.get(key) ?? null,
    ranking: (key: string) => rankings.get(key) ?? null,
    placement: (key: string) => placements.get(key) ?? null,
    drivers: (key: string) => drivers.get(key) ?? null,
    run,
    runCritical,
    runRank,
    runDrivers,
    runGreedy,
    /** Cancel one kind of computation (running or waiting), or with no kind all of them. */
    cancel(kind?: ComputationKind) {
      for (const task of [...tasks.values()]) if (!kind || task.kind === kind) task.controller.abort();
    },
    /** Forget a failure or cancellation, so a later visit may run again. */
    acknowledge() {
      if (status.error || status.cancelled) set({ error: null, cancelled: false });
    },
  };
}

export type Simulator = ReturnType<typeof createSimulator>;
