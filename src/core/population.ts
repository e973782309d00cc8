/**
 * Population synthesis, part 1: where the dwellings ("slots") of people 65+ are, per buurt.
 * A slot is a dwelling that holds one person 65+ at a time; who lives there over the years is
 * scheduled in lifecourse.ts. Counts per buurt come from CBS (area.ts); positions lie inside the
 * buurt polygon, clustered into streets and hamlets where the address density says the buurt is
 * thinly built (rural buurten), uniform where it is built up.
 */
import { isUrban, type AreaInput, type BuurtInput } from './area.ts';
import { NearestIndex } from './nearest.ts';
import { areaM2, pointSampler, projectionAround, roughCentre, type Projection } from './geometry.ts';
import type { Params } from './params/index.ts';
import type { Sequence } from './rng.ts';
import { apportion, normal, shuffle } from './sample.ts';

/** NL one-person households / all households, CBS kwb-2020 (84799NED, NL00: 3,079,778 / 7,997,800). */
const NATIONAL_ONE_PERSON_SHARE = 0.385;
/** Share of 65+ in a couple whose partner is also 65+ (and so also a slot) [assumption]. */
const PARTNER_ALSO_65 = 0.7;
/** Area of one street cluster or hamlet in a thinly built buurt (m²) [assumption: ≈ 250 m across]. */
const CLUSTER_M2 = 50_000;
/** One meeting place (church, community centre, club) per this many people 65+ [assumption]. */
const PEOPLE_PER_FOCUS = 250;

export interface Placement {
  proj: Projection;
  n: number;
  x: Float32Array;
  y: Float32Array;
  buurt: Uint16Array;
  alone: Uint8Array;
  partner: Int32Array;
  complex: Int32Array;
  focus: Int32Array;
  /** First month a slot is lived in: 0 for today's 65+, later for growth of the 65+ population. */
  activeFrom: Int16Array;
  complexes: { x: number; y: number; buurt: number; size: number }[];
  foci: { x: number; y: number; buurt: number }[];
  /** Per buurt: 1 when urbanity is 1–3 (walking radius), 0 otherwise (cycling radius). */
  urban: Uint8Array;
  /** Share of slots whose household is one person. */
  aloneShare: number;
}

/** Slots per buurt: today's 65+ plus room for growth until `months`. */
function slotCounts(area: AreaInput, params: Params, months: number): { now: number[]; extra: number[] } {
  const now = area.buurten.map((b) => b.age65plus);
  const total = now.reduce((s, v) => s + v, 0);
  const growth = Math.ceil(total * (Math.pow(1 + params.growth65, months / 12) - 1));
  return { now, extra: apportion(growth, now) };
}

/** Positions for `count` people in one buurt, in metres. */
function placeInBuurt(b: BuurtInput, count: number, proj: Projection, rng: Sequence, fallbackCentre: [number, number]): [number, number][] {
  if (count === 0) return [];
  const inside = b.geometry ? pointSampler(b.geometry, proj) : null;
  const area = b.geometry ? areaM2(b.geometry, proj) : Math.max(1, b.landAreaHa ?? 100) * 10_000;
  const disc = (): [number, number] => {
    const r = Math.sqrt(area / Math.PI) * Math.sqrt(rng()),
      a = 2 * Math.PI * rng();
    return [fallbackCentre[0] + r * Math.cos(a), fallbackCentre[1] + r * Math.sin(a)];
  };
  const anywhere = () => (inside ? inside.sample(rng) : disc());
  // Inhabited footprint: households / address density (both CBS). A village core fills its buurt;
  // a rural buurt's few hundred addresses occupy a small part of it.
  const addresses = b.households ?? count * 2;
  const footprint = b.addressDensity > 0 ? (addresses / b.addressDensity) * 1e6 : area;
  if (footprint >= 0.5 * area) return Array.from({ length: count }, anywhere);
  const k = Math.max(1, Math.round(footprint / CLUSTER_M2));
  const centres = Array.from({ length: k }, anywhere);
  const sd = Math.sqrt(CLUSTER_M2 / Math.PI) / 1.5;
  return Array.from({ length: count }, () => {
    const c = centres[rng.int(k)];
    for (let tries = 0; tries < 10; tries++) {
      const px = c[0] + sd * normal(rng),
        py = c[1] + sd * normal(rng);
      if (!inside || inside.contains(px, py)) return [px, py] as [number, number];
    }
    return c;
  });
}

export function placePopulation(area: AreaInput, params: Params, months: number, rng: Sequence): Placement {
  const withGeo = area.buurten.find((b) => b.geometry);
  const [lon0, lat0] = withGeo?.geometry ? roughCentre(withGeo.geometry) : [5.3, 52.1];
  const proj = projectionAround(lon0, lat0);
  const { now, extra } = slotCounts(area, params, months);
  const n = now.reduce((s, v) => s + v, 0) + extra.reduce((s, v) => s + v, 0);
  const pl: Placement = {
    proj,
    n,
    x: new Float32Array(n),
    y: new Float32Array(n),
    buurt: new Uint16Array(n),
    alone: new Uint8Array(n),
    partner: new Int32Array(n).fill(-1),
    complex: new Int32Array(n).fill(-1),
    focus: new Int32Array(n).fill(-1),
    activeFrom: new Int16Array(n),
    complexes: [],
    foci: [],
    urban: Uint8Array.from(area.buurten, (b) => (isUrban(b) ? 1 : 0)),
    aloneShare: 0,
  };
  const extraSlots: number[] = [];
  let i = 0;
  area.buurten.forEach((b, bi) => {
    const count = now[bi] + extra[bi];
    // Buurten without geometry are laid out side by side on a synthetic row (only for user files).
    const centre: [number, number] = [bi * 3000, 0];
    const pts = placeInBuurt(b, count, proj, rng, centre);
    const alone = Math.min(0.8, Math.max(0.05, (params.livingAlone * b.onePersonShare) / NATIONAL_ONE_PERSON_SHARE));
    const inComplex = Math.min(
      count,
      Math.round(count * b.corporationShare * params.corporationElderlyFactor * Math.min(1, Math.max(0.2, b.multiFamilyShare))),
    );
    const nComplex = inComplex >= 20 ? Math.max(1, Math.round(inComplex / params.complexSize)) : 0;
    const sizes = nComplex
      ? apportion(
          inComplex,
          Array.from({ length: nComplex }, () => 0.5 + rng()),
        )
      : [];
    let k = 0;
    const inside = b.geometry ? pointSampler(b.geometry, proj) : null;
    sizes.forEach((size) => {
      const [cx, cy] = pts[k];
      const id = pl.complexes.push({ x: cx, y: cy, buurt: bi, size }) - 1;
      for (let m = 0; m < size; m++, k++) {
        // Residents of one building or cluster: within some 20 m, and inside the buurt.
        let at: [number, number] = [cx, cy];
        for (let tries = 0; tries < 5; tries++) {
          const q: [number, number] = [cx + 20 * normal(rng), cy + 20 * normal(rng)];
          if (!inside || inside.contains(q[0], q[1])) {
            at = q;
            break;
          }
        }
        pts[k] = at;
        pl.complex[i + k] = id;
      }
    });
    let lastSingle = -1;
    for (let m = 0; m < count; m++, i++) {
      pl.x[i] = pts[m][0];
      pl.y[i] = pts[m][1];
      pl.buurt[i] = bi;
      pl.alone[i] = rng() < alone ? 1 : 0;
      if (m >= now[bi]) extraSlots.push(i);
      if (!pl.alone[i] && pl.complex[i] < 0 && rng() < PARTNER_ALSO_65) {
        if (lastSingle >= 0) {
          pl.partner[i] = lastSingle;
          pl.partner[lastSingle] = i;
          pl.x[i] = pl.x[lastSingle];
          pl.y[i] = pl.y[lastSingle];
          lastSingle = -1;
        } else lastSingle = i;
      }
    }
    const nFoci = count > 0 ? Math.max(1, Math.round(now[bi] / PEOPLE_PER_FOCUS)) : 0;
    for (let f = 0; f < nFoci; f++) {
      const at = pts[rng.int(pts.length)];
      pl.foci.push({ x: at[0], y: at[1], buurt: bi });
    }
  });
  pl.aloneShare = n ? pl.alone.reduce((s, a) => s + a, 0) / n : 0;
  scheduleGrowth(
    pl,
    extraSlots,
    now.reduce((s, v) => s + v, 0),
    params.growth65,
    rng,
  );
  assignFoci(pl, params.focusShare, rng);
  return pl;
}

/**
 * Growth slots open one by one in random order across buurten, so the number lived in follows
 * N₀·(1+g)^(t/12): slot j (1-based) opens at month ⌈12·ln(1 + j/N₀) / ln(1+g)⌉.
 */
function scheduleGrowth(pl: Placement, extra: number[], n0: number, g: number, rng: Sequence): void {
  shuffle(rng, extra);
  extra.forEach((slot, j) => {
    pl.activeFrom[slot] = Math.min(32_000, Math.ceil((12 * Math.log(1 + (j + 1) / n0)) / Math.log(1 + g)));
  });
}

/**
 * Regular visitors of a meeting place pick one of the three nearest (ties that bridge 1–3 km).
 * The three nearest come from a grid over the meeting places (nearest.ts), which finds exactly
 * what a scan over every place finds, in the same order, so the draws and the world are the same.
 */
function assignFoci(pl: Placement, share: number, rng: Sequence): void {
  const F = pl.foci.length;
  if (F === 0) return;
  const fx = Float64Array.from(pl.foci, (f) => f.x),
    fy = Float64Array.from(pl.foci, (f) => f.y);
  const index = new NearestIndex(fx, fy);
  const best = new Int32Array(3),
    dist = new Float64Array(3);
  for (let i = 0; i < pl.n; i++) {
    if (rng() >= share) continue;
    const x = pl.x[i],
      y = pl.y[i];
    const found = Number.isFinite(x) && Number.isFinite(y) ? index.nearest(x, y, 3, best, dist) : scanNearest(fx, fy, x, y, best, dist);
    const pick = rng.int(found); // drawn even when none was found, as the scan did
    pl.focus[i] = found > 0 ? best[pick] : -1;
  }
}

/** The three nearest by a scan (a position that is not a finite number: never after validated geometry). */
function scanNearest(fx: Float64Array, fy: Float64Array, x: number, y: number, best: Int32Array, dist: Float64Array): number {
  let found = 0;
  for (let f = 0; f < fx.length; f++) {
    const d = (fx[f] - x) ** 2 + (fy[f] - y) ** 2;
    if (!(d < Infinity)) continue;
    let s = Math.min(found, 3);
    while (s > 0 && dist[s - 1] > d) s--;
    if (s >= 3) continue;
    for (let u = Math.min(found, 2); u > s; u--) {
      best[u] = best[u - 1];
      dist[u] = dist[u - 1];
    }
    best[s] = f;
    dist[s] = d;
    found = Math.min(found + 1, 3);
  }
  return found;
}
