/**
 * gemeenten-2024.geojson → data/gemeenten-2024-extra.csv: per gemeente the figures the 2024 KWB
 * subset lacks but the population synthesis can use (one-person households, households with and
 * without children, age shares). They come from the CBS Kerncijfers 2024 as published with the
 * gemeente polygons of AnneVersion/geoinzicht-app (see data/SOURCES.md); the shares are whole
 * percentages there, so the CSV keeps them as they are.
 */
import type { FeatureCollection } from 'geojson';

/** CSV column ← geojson property. Kept close to the source names so each figure can be traced. */
export const EXTRA_COLUMNS: readonly [string, string][] = [
  ['pct_eenpersoonshhd', 'pct_eenpersoonshhd'],
  ['pct_hhd_met_kind', 'pct_hhd_met_kind'],
  ['pct_hhd_zonder_kind', 'pct_hhd_zonder_kind'],
  ['pct_0_15', '0_15'],
  ['pct_15_25', '15_25'],
  ['pct_25_45', '25_45'],
  ['pct_45_65', '45_65'],
  ['pct_65plus', '65plus'],
  ['huishoudens', 'huishoudens'],
  ['inwoners', 'aantal_inwoners'],
];

export function extrasCsv(gemeenten: FeatureCollection, keep: (code: string) => boolean): { csv: string; rows: number; weightedOnePersonShare: number } {
  const lines = [['code', 'naam', ...EXTRA_COLUMNS.map(([c]) => c)].join(',')];
  let onePerson = 0;
  let households = 0;
  const features = [...gemeenten.features].sort((a, b) => String(a.properties?.gemeentecode).localeCompare(String(b.properties?.gemeentecode)));
  let rows = 0;
  for (const f of features) {
    const p = f.properties ?? {};
    const code = String(p.gemeentecode);
    if (!keep(code)) continue;
    const cells = EXTRA_COLUMNS.map(([, key]) => (typeof p[key] === 'number' ? String(p[key]) : ''));
    lines.push([code, csvText(String(p.gemeentenaam)), ...cells].join(','));
    rows++;
    if (typeof p.pct_eenpersoonshhd === 'number' && typeof p.huishoudens === 'number') {
      onePerson += (p.pct_eenpersoonshhd / 100) * p.huishoudens;
      households += p.huishoudens;
    }
  }
  return { csv: lines.join('\n') + '\n', rows, weightedOnePersonShare: (100 * onePerson) / households };
}

function csvText(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
