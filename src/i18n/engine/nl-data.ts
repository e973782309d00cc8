/** Dutch words of src/data (see ./index.ts): keys start with 'data.'. The source of truth for en-data.ts. */
export const nlData = {
  'data.extras.notExtras': () => 'dit is geen gemeentebestand met extra cijfers. Verwacht: een CSV met kolommen code, naam, pct_eenpersoonshhd, ….',
  'data.extras.notGemeente': (v: { code: string }) => `'${v.code}' is geen gemeentecode. Verwacht: GM + 4 cijfers.`,
  'data.extras.badNumber': (v: { cell: string; column: string }) => `'${v.cell}' in kolom ${v.column} is geen geldig getal.`,
};
