import type { Command } from 'commander';
import type { Effects } from '../effects.js';
import { registerAdmin } from './admin.js';
import { registerData } from './data.js';
import { registerMatch } from './match.js';
import { registerScreen } from './screen.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';

export type SetExit = (code: number) => void;

/** Adds every command to the program. Each command lives in its own file. */
export function registerAll(program: Command, effects: Effects, setExit: SetExit): void {
  registerScreen(program, effects, setExit);
  registerMatch(program, effects, setExit);
  registerData(program, effects, setExit);
  registerServe(program, effects, setExit);
  registerAdmin(program, effects, setExit);
  registerWorker(program, effects, setExit);
}
