/** Risk levels, lowest first. A row's level is the highest level among its findings. */
export const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}
