/**
 * A run plan: what professionals do and when (the policy levers), in model months.
 * The JSON scenario (src/experiments/scenario.ts) is validated and turned into this.
 */
export type Route = 'a' | 'b' | 'c';
export const ROUTES: readonly Route[] = ['a', 'b', 'c'];

/** Where seeds go: near each other, far apart, the tool's suggestion, or in chosen buurten. */
export type PlacementMode = 'clustered' | 'spread' | 'auto' | 'chosen';

export interface RoutePlan {
  /** Circles to seed through this route within the window (attempts continue until reached). */
  count: number;
  /** First month of the seeding window (inclusive). */
  from: number;
  /** Last month of the seeding window (exclusive). */
  to: number;
  placement: PlacementMode;
  /**
   * Buurt codes for placement 'chosen' (also restricts route c to these buurten). A code given
   * n times asks for n seeds in that buurt: ['BU1', 'BU1', 'BU2'] = two in BU1, one in BU2.
   */
  buurten?: string[];
}

export interface PrSegment {
  from: number;
  to: number;
  /** 0 … 1. */
  intensity: number;
}

export interface RunPlan {
  months: number;
  routes: Record<Route, RoutePlan>;
  pr: PrSegment[];
  /**
   * National media events over months: intensity multiplies the usual national media rate
   * (`mediaAwareness`); months no segment covers stay at 1. Absent: 1 throughout.
   */
  media?: PrSegment[];
  /**
   * When a meeting route (a or b) runs out of sites (no complex or venue left), hand its remaining
   * circles to the other meeting route: what initiators do when they use every route at once.
   */
  spillover?: boolean;
  /** Circles that already exist at month 0 (the circle register; src/core/existing.ts). */
  existing?: ExistingCircle[];
}

/** PR intensity in month t (segments may overlap: the highest wins). */
export function prAt(plan: RunPlan, t: number): number {
  let v = 0;
  for (const s of plan.pr) if (t >= s.from && t < s.to && s.intensity > v) v = s.intensity;
  return v;
}

/** National media level in month t (1 = usual; overlapping segments: the highest wins). */
export function mediaAt(plan: RunPlan, t: number): number {
  let v = -1;
  for (const s of plan.media ?? []) if (t >= s.from && t < s.to && s.intensity > v) v = s.intensity;
  return v < 0 ? 1 : v;
}

/** The month after which professionals no longer seed. */
export function seedingEnd(plan: RunPlan): number {
  let end = 0;
  for (const r of ROUTES) if (plan.routes[r].count > 0) end = Math.max(end, plan.routes[r].to);
  return end;
}

/** Register routes as circle origins; 'self' circles were started by older people themselves. */
export type ExistingRoute = 'a' | 'b' | 'c' | 'self' | 'unknown';

/**
 * One circle of the register existing at month 0, placed by existing.ts. Declared with the plan
 * it travels in (plain JSON: it goes to workers inside the RunPlan), so the plan depends on no process.
 */
export interface ExistingCircle {
  buurt: string;
  /** Months since founding at month 0 (0 = founded in the start month). */
  age: number;
  route: ExistingRoute;
  members: number;
  active: boolean;
}
