import cliProgress from 'cli-progress';
import type { Effects } from '../effects.js';

export interface Progress {
  update(rowsDone: number): void;
  stop(): void;
}

/** A rows-done counter on stderr when it is a terminal; silent otherwise (logs and pipes stay clean). */
export function createProgress(effects: Effects): Progress {
  if (!effects.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: 'Screening | {value} rows', stream: process.stderr, hideCursor: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0);
  return {
    update: (rowsDone) => bar.update(rowsDone),
    stop: () => bar.stop(),
  };
}
