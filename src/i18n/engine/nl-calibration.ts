/** Dutch words of src/calibration (see ./index.ts): keys start with 'calibration.'. The source of truth for en-calibration.ts. */
export const nlCalibration = {
};
