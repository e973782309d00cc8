import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RegisterCircle } from '../../data/register.ts';
import type { Scenario } from '../../experiments/scenario.ts';

/**
 * What the app keeps in the browser (IndexedDB "sneeuwbal", version 1). It lives on the user's
 * own machine only: scenarios so an initiator can come back to them, and field data, which must
 * never leave the browser. Everything here survives a reload, a closed tab and a crashed worker
 * (workers never touch it).
 *
 *   scenarios  { id, name, savedAt, areaName, scenario }   scenario = the exported Scenario JSON
 *   fieldData  { id, file, savedAt, bytes, rows, areas, first, last }   bytes = the file as uploaded
 *   groups     { name, buurten, savedAt }   (version 2) the user's kerkdorpen, kept apart from any
 *              scenario or link, so they are there again after the browser was closed
 *   registers  { gemeente, circles, savedAt }   (version 3) the circles that already exist, one
 *              register per gemeente (src/data/register.ts's rows, no names of people); never in
 *              a link, never sent anywhere
 *   posteriors { slot, area, file, text, savedAt }   (version 4) the calibrated posterior the app's
 *              computations average over (slot 'inUse'); too long for a link, so kept here
 */
export interface SavedScenario {
  id: string;
  name: string;
  /** ISO timestamp. */
  savedAt: string;
  /** Name of the area at the time of saving (codes alone mean little in a list). */
  areaName: string;
  scenario: Scenario;
}

export interface SavedField {
  id: string;
  file: string;
  savedAt: string;
  /** The file exactly as uploaded; the calibration screen reads it again with the field reader. */
  bytes: ArrayBuffer;
  rows: number;
  areas: string[];
  first: string;
  last: string;
}

export interface SavedGroup {
  /** The key: group names are unique, as in the workspace. */
  name: string;
  buurten: string[];
  savedAt: string;
}

export interface SavedRegister {
  /** The key: the gemeente's CBS code (GM…). */
  gemeente: string;
  circles: RegisterCircle[];
  savedAt: string;
}

export interface SavedPosterior {
  /** The key: 'inUse' (one posterior at a time drives the computations). */
  slot: string;
  area: string;
  file: string | null;
  /** The parameter set as JSON, read again with the CLI's reader (parseParamSet). */
  text: string;
  savedAt: string;
}

interface Schema extends DBSchema {
  scenarios: { key: string; value: SavedScenario; indexes: { savedAt: string } };
  fieldData: { key: string; value: SavedField; indexes: { savedAt: string } };
  groups: { key: string; value: SavedGroup };
  registers: { key: string; value: SavedRegister };
  posteriors: { key: string; value: SavedPosterior };
}

const DB_NAME = 'sneeuwbal';
const VERSION = 4;

export type Db = IDBPDatabase<Schema>;

export function openLibraryDb(name = DB_NAME): Promise<Db> {
  return openDB<Schema>(name, VERSION, {
    upgrade(db) {
      // Version 1: both stores. Later versions add stores here, never drop user data.
      if (!db.objectStoreNames.contains('scenarios')) db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      if (!db.objectStoreNames.contains('fieldData')) db.createObjectStore('fieldData', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      // Version 2: the kerkdorpen (groups of buurten) on their own.
      if (!db.objectStoreNames.contains('groups')) db.createObjectStore('groups', { keyPath: 'name' });
      // Version 3: the circle register, per gemeente.
      if (!db.objectStoreNames.contains('registers')) db.createObjectStore('registers', { keyPath: 'gemeente' });
      // Version 4: the posterior in use ("Reken met de onzekerheid uit de kalibratie").
      if (!db.objectStoreNames.contains('posteriors')) db.createObjectStore('posteriors', { keyPath: 'slot' });
    },
  });
}

/** A random id; randomUUID needs a secure context, which a plain-http intranet may not be. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
