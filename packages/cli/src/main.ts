/**
 * The tipwatch command line. This is the only module that reads argv and the environment and the only
 * one that exits the process; commands return an exit code.
 */
import { setFlagsFromString } from 'node:v8';
import { TipwatchError } from '@tipwatch/core';
import { resolveDataDir } from '@tipwatch/storage';
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { defaultEffects, type Effects } from './effects.js';

export async function run(argv: string[], effects: Effects = defaultEffects()): Promise<void> {
  stopQuietlyOnClosedPipe();
  limitHeapGrowth();
  const code = await runCommand(argv, effects);
  process.exitCode = code;
}

export async function runCommand(argv: string[], effects: Effects): Promise<number> {
  let exitCode = 0;
  const program = new Command('tipwatch')
    .description('Screen spend, supplier and import data for forced-labour and trafficking risk.')
    .version('0.1.0')
    .option(
      '--data-dir <dir>',
      'the data directory (knowledge base, imported versions); default $TIPWATCH_DATA_DIR, else ./tipwatch-data',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => effects.stdout(s),
      writeErr: (s) => effects.stderr(s),
    });
  const setExit = (code: number) => {
    exitCode = code;
  };
  // The user's data directory, from the flag (before or after the command), the environment or the cwd.
  program.hook('preAction', (root) => {
    const flag = root.opts<{ dataDir?: string }>().dataDir;
    effects.knowledgeDir = resolveDataDir({ flag, env: effects.env, cwd: effects.cwd });
  });
  const commands = await import('./commands/index.js');
  commands.registerAll(program, effects, setExit);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1, which we report as 2.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      effects.stderr(`tipwatch: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof TipwatchError) {
      // Unreadable input or broken reference data: the message names the file, row and column.
      effects.stderr(`tipwatch: ${err.message}\n`);
      return 2;
    }
    effects.stderr(`tipwatch: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (effects.env.TIPWATCH_DEBUG) effects.stderr(`${err instanceof Error ? err.stack : ''}\n`);
    return 1;
  }
  return exitCode;
}

/**
 * A reader that stops early (`tipwatch match --file names.csv | head`) closes the pipe: the command then
 * stops quietly, as other command-line tools do, instead of dying with a stack trace of the failed write.
 */
function stopQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && stream === process.stdout) {
        process.stderr.write(`tipwatch: cannot write the output: ${err.message}\n`);
        process.exit(1);
      }
      process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
    });
  }
}

/**
 * After each full garbage collection V8 lets the heap grow to several times what is still live before the
 * next one, more the faster it collects. A screen keeps a bounded working set (caches per distinct name,
 * code and place; the report's tallies) and makes much short-lived garbage, so its peak memory was mostly
 * that headroom: 1.5 times the live heap keeps the peak of a 1M-row screen well under 400 MB for a few
 * more collections (BENCHMARKS.md, "Memory").
 */
function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
