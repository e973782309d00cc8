/** A browser Web Worker running replications (see replications.ts for the protocol, browser-pool.ts for the pool). */
import { WorldCache } from '../core/world.ts';
import { createHandler, type ToWorker } from './replications.ts';

// The DOM lib types `self` as a Window; in a dedicated worker postMessage takes a transfer list.
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
// Up to 16 of these run in one browser tab, so each keeps at most 1 million person slots of worlds
// instead of the CLI's 2 million: 6 worlds of Amsterdam (148,000 slots, ~19 MB each), 38 of Land van
// Cuijk (26,000 slots, ~3 MB), which covers every replication a worker runs in a usual comparison.
// A sign of life every second while busy: the pool's watchdog (browser-pool.ts) waits 20 s.
const handle = createHandler((msg, transfer) => scope.postMessage(msg, transfer), new WorldCache(1_000_000), 1000);
scope.onmessage = (event) => handle(event.data);
