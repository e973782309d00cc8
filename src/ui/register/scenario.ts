/**
 * Every computation in the app starts from the register, as the CLI's `--circles` does
 * (src/cli/circles.ts withCircles): the register's circles that lie in the planning area and exist
 * at the start month go into the scenario as `circles`, with `start` (the workspace's start month,
 * or this month), and the scenario is validated with an empty plan allowed (running without new
 * seeds asks what happens to what exists). The same scenario JSON gives the same numbers in the
 * browser's workers and in `sneeuwbal simulate --scenario`, because it is the same core function
 * (src/core/existing.ts) drawing from the same seeded stream.
 */
import type { RegisterCircle } from '../../data/register.ts';
import { registerForArea, type RegisterAreaInput } from '../../data/registerArea.ts';
import { validateScenario, type Scenario } from '../../experiments/scenario.ts';
import { todayOf, type Today } from '../../experiments/scenarioCircles.ts';

/** The month a run with a register starts: the workspace's own start month, else this month. */
export const registerStart = (wsStart: string | null, thisMonth: string): string => wsStart ?? thisMonth;

/**
 * The scenario JSON with the register's circles in `area` at `start`; without circles in the area
 * (or without a register) it is validated as before. Throws InputError (a buurt with more members
 * than people 65+), which the caller shows as the reason the scenario cannot run.
 */
export function scenarioWithRegister(json: Record<string, unknown>, circles: readonly RegisterCircle[], area: RegisterAreaInput, start: string): Scenario {
  const codes = new Set(area.buurten.map((b) => b.code));
  const rows = circles.filter((c) => codes.has(c.buurt)).map((c, i) => ({ ...c, line: i + 1 }));
  if (rows.length === 0) return validateScenario(json);
  const inArea = registerForArea({ file: 'register', rows }, area, start);
  return validateScenario({ ...json, start, circles: inArea.circles }, { allowEmptyPlan: true });
}

/**
 * Today's circles in the planning area, from the register and the CBS 65+ the area page shows:
 * the one count the register table, the map page and the report all print. Null without circles
 * in the area (then there is no "today" to speak of).
 */
export function todayInArea(
  circles: readonly RegisterCircle[],
  start: string,
  area: { age65plus: number | null; buurten: readonly { code: string; name: string; figures: { age65plus: unknown } }[] },
): Today | null {
  const codes = new Set(area.buurten.map((b) => b.code));
  if (!circles.some((c) => codes.has(c.buurt))) return null;
  const buurten = area.buurten.map((b) => ({ code: b.code, name: b.name, age65plus: typeof b.figures.age65plus === 'number' ? b.figures.age65plus : 0 }));
  const people = area.age65plus ?? buurten.reduce((s, b) => s + b.age65plus, 0);
  return todayOf(circles, start, { age65plus: people, buurten });
}
