/** placeholder, filled below */
export interface Driver {
  name: string;
  low: unknown;
  high: unknown;
}
