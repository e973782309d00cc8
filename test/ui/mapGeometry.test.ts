import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3';
import { describe, expect, test } from 'vitest';
import { featuresOf } from '../../src/data/geo.ts';
import { mapSpec, rewind } from '../../src/ui/charts/mapSpec.ts';

/**
 * The map spec on the real bundled geometry of every gemeente: each wijk and buurt becomes a
 * shape inside the map, none is wound the wrong way round (which would paint the whole map), and
 * the map has a sensible shape.
 */
const geoDir = fileURLToPath(new URL('../../data/geo/', import.meta.url));

describe('maps of all bundled gemeenten', async () => {
  const files = (await readdir(geoDir)).filter((f) => /^GM\d{4}\.topo\.json$/.test(f));

  test('there is geometry for every gemeente of 2024', () => {
    expect(files).toHaveLength(342);
  });

  test('Land van Cuijk: 33 wijken and 101 buurten, fitted to 640 px wide', async () => {
    const features = featuresOf(JSON.parse(await readFile(`${geoDir}GM1982.topo.json`, 'utf8')));
    const wijken = mapSpec({ features: [...features.wijken.values()], values: new Map(), outline: features.gemeente });
    expect(wijken.shapes).toHaveLength(33);
    expect(wijken.width).toBeLessThanOrEqual(641);
    expect(wijken.height).toBeGreaterThan(200);
    expect(wijken.outline).toBeTruthy();
    const buurten = mapSpec({ features: [...features.buurten.values()], values: new Map(), outline: features.gemeente });
    expect(buurten.shapes).toHaveLength(101);
  });

  test('every wijk and buurt of every gemeente is a small shape after rewinding', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const features = featuresOf(JSON.parse(await readFile(geoDir + file, 'utf8')), file);
      for (const f of [...features.wijken.values(), ...features.buurten.values()]) {
        // A gemeente is far below 1e-4 sr; a wrongly wound ring would be about 4π.
        if (!(geoArea(rewind(f)) < 1e-4)) problems.push(`${file} ${f.properties.code}`);
      }
      const spec = mapSpec({ features: [...features.wijken.values()], values: new Map(), outline: features.gemeente });
      if (spec.shapes.length !== features.wijken.size || spec.width < 100 || spec.height < 50) problems.push(`${file}: map ${spec.width}×${spec.height}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
