/** English words of src/calibration (see ./index.ts), the same keys and values as nl-calibration.ts. */
import type { nlCalibration } from './nl-calibration.ts';

export const enCalibration: typeof nlCalibration = {
};
