/**
 * What every page is drawn from: the state, the language, the area and its geometry, the planning
 * area with its scenarios and the circle register. A module of its own (types only), so compute,
 * the register panel and the result panels need not import the page builders in panels.ts, and
 * the controller has no import cycle through it.
 */
import type { AreaView } from '../../workers/dataApi.ts';
import type { GemeenteGeometry } from '../data/geometry.ts';
import type { Locale } from '../i18n/index.ts';
import type { PosteriorInUse } from '../calibration/posteriorInUse.ts';
import type { AppState } from '../state/state.ts';
import type { Loading } from './areaData.ts';
import type { PlannedScenario, PlanningArea, RegisterInPlan } from './planning.ts';

export interface PageInput {
  state: AppState;
  locale: Locale;
  view: AreaView;
  geometry: Loading<GemeenteGeometry | null> | null;
  planning: PlanningArea | null;
  planned: PlannedScenario[];
  /** The gemeente's circle register (empty when none), its start month and today's circles in the planning area. */
  register: RegisterInPlan;
  /** The calibrated posterior the scenario runs and critical mass average over ("Reken met de onzekerheid"), or null for fixed values. */
  posterior: PosteriorInUse | null;
}
