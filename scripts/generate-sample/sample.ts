/** What the bundled sample covers, whatever the market: its data window, first snapshot and defaults. */
export const START_DATE = '2024-05-01';
export const END_DATE = '2026-04-10';
export const FIRST_SNAPSHOT = '2024-06-04';
export const DEFAULT_SEED = 20240604;
export const DEFAULT_UNIVERSE = 300;
