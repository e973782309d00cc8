import * as Comlink from 'comlink';
import { createDataApi } from './dataApi.ts';

/** The data worker: reads CBS tables off the main thread (see dataApi.ts for what it offers). */
Comlink.expose(createDataApi());
