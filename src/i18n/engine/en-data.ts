/** English words of src/data (see ./index.ts), the same keys and values as nl-data.ts. */
import type { nlData } from './nl-data.ts';

export const enData: typeof nlData = {
  'data.extras.notExtras': () => 'this is not a gemeente extras file. Expected: a CSV with columns code, naam, pct_eenpersoonshhd, ….',
  'data.extras.notGemeente': (v) => `'${v.code}' is not a gemeente code. Expected: GM + 4 digits.`,
  'data.extras.badNumber': (v) => `'${v.cell}' in column ${v.column} is not a valid number.`,
};
