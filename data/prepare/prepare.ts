/**
 * Rebuilds everything in data/ from the shared source files. Reproducible: same sources → same
 * bytes. Run from the repository root:
 *
 *   npx tsx data/prepare/prepare.ts [--source DIR]     (default DIR: /work/shared/data)
 *
 * Writes data/kwb-2024.csv, data/gemeenten-2024-extra.csv, data/geo/GMxxxx.topo.json (one per
 * gemeente) and data/geo/gemeenten.topo.json, and prints what it wrote with sizes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { extrasCsv } from './extras.ts';
import { gemeenteTopologies, overviewTopology } from './geometry.ts';
import { repairTable } from './table.ts';

const { values } = parseArgs({ options: { source: { type: 'string', default: '/work/shared/data' } } });
const source = values.source!;
const out = fileURLToPath(new URL('..', import.meta.url));
const geoDir = join(out, 'geo');

const read = (name: string) => readFileSync(join(source, name));
const json = (name: string) => JSON.parse(read(name).toString('utf8')) as FeatureCollection;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

// 1. The national table (one name repaired).
const tableText = repairTable(read('kwb-2024-subset.csv').toString('utf8'));
writeFileSync(join(out, 'kwb-2024.csv'), tableText);
const table = readCbsTable(tableText, 'kwb-2024.csv');
const names = { name: (code: string) => table.byCode.get(code)?.name };
const isTableGemeente = (code: string) => table.byCode.get(code)?.level === 'gemeente';
console.log(`kwb-2024.csv: ${table.regions.length} rows, ${kb(Buffer.byteLength(tableText))}`);

// 2. Gemeente extras (GM0998 "Buitenland" in the geojson is no gemeente of the table).
const gemeenten = json('gemeenten-2024.geojson');
const extras = extrasCsv(gemeenten, isTableGemeente);
writeFileSync(join(out, 'gemeenten-2024-extra.csv'), extras.csv);
console.log(`gemeenten-2024-extra.csv: ${extras.rows} gemeenten; households-weighted one-person share ${extras.weightedOnePersonShare.toFixed(2)} %`);

// 3. Geometry: one topology per gemeente, and the overview.
rmSync(geoDir, { recursive: true, force: true });
mkdirSync(geoDir, { recursive: true });
const buurten = json('buurten-2024-approx.geojson');
const sources = { buurten, wijken: json('wijken-2024.geojson'), gemeenten };
const known = (code: string) => table.byCode.has(code);
let totals = { buurten: 0, wijken: 0, bytes: 0, unsimplified: [] as string[] };
for (const g of gemeenteTopologies(sources, known, names)) {
  const text = JSON.stringify(g.topology);
  writeFileSync(join(geoDir, `${g.code}.topo.json`), text);
  totals = {
    buurten: totals.buurten + g.buurten,
    wijken: totals.wijken + g.wijken,
    bytes: totals.bytes + Buffer.byteLength(text),
    unsimplified: g.simplified ? totals.unsimplified : [...totals.unsimplified, g.code],
  };
}
const overview = JSON.stringify(overviewTopology(gemeenten, isTableGemeente, names));
writeFileSync(join(geoDir, 'gemeenten.topo.json'), overview);

const files = readdirSync(geoDir).filter((f) => /^GM\d{4}\.topo\.json$/.test(f));
const tableBuurten = table.regions.filter((r) => r.level === 'buurt').map((r) => r.code);
const withGeometry = new Set(buurten.features.map((f) => String(f.properties?.buurtcode)));
const lost = tableBuurten.filter((c) => !withGeometry.has(c));
console.log(`geo/GMxxxx.topo.json: ${files.length} files, ${totals.buurten} buurten, ${totals.wijken} wijken, ${kb(totals.bytes)} (sources buurten-2024-approx.geojson ${kb(statSync(join(source, 'buurten-2024-approx.geojson')).size)} + wijken-2024.geojson ${kb(statSync(join(source, 'wijken-2024.geojson')).size)})`);
console.log(`  only quantized (simplifying would shrink an area): ${totals.unsimplified.join(', ') || 'none'}`);
console.log(`  buurten of the table without geometry: ${lost.join(', ')}`);
console.log(`geo/gemeenten.topo.json: ${kb(Buffer.byteLength(overview))} (source gemeenten-2024.geojson ${kb(statSync(join(source, 'gemeenten-2024.geojson')).size)})`);
