import type { Command } from 'commander';
import type { Effects } from '../effects.js';

export type SetExit = (code: number) => void;

/** Adds every command to the program. Each command lives in its own file. */
export function registerAll(program: Command, effects: Effects, setExit: SetExit): void {
  void program;
  void effects;
  void setExit;
}
