#!/usr/bin/env node
// Runs every check in CI order: format and lint, typecheck, build, tests, and a smoke run of the built CLI.
// The storage suite needs PostgreSQL: DATABASE_URL, else a server on 127.0.0.1:5432; without either it stops
// and prints the command that provides one. The web app's browser tests need Debian's Chromium at
// /usr/bin/chromium; without it the command stops too, rather than skipping them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';

const RESULTS = 'test-artifacts/vitest-results.json';

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (!process.env.DATABASE_URL) {
  if (await reachable('127.0.0.1', 5432)) {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
  } else {
    console.error(
      'The storage tests need PostgreSQL and none answers on 127.0.0.1:5432.\n' +
        "Start one (as root, installs Debian's postgresql if needed) and run the tests with it:\n\n" +
        '  eval "$(sudo bash .ci/services.sh)" && npm test\n\n' +
        'or set DATABASE_URL to an existing database.',
    );
    process.exit(2);
  }
}

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(
    `The web app's browser tests need Chromium at ${CHROMIUM} and there is none.\n` +
      "Install Debian's Chromium and fonts, then run the tests again:\n\n" +
      '  sudo apt-get install -y chromium fonts-liberation\n',
  );
  process.exit(2);
}

const steps = [
  ['format and lint', 'npx', ['biome', 'ci', '.']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['build', 'npm', ['run', 'build']],
  [
    'tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`],
  ],
  ['CLI smoke run', 'node', ['packages/cli/bin/tipwatch.js', '--help']],
];
/** Prints the test count as one plain line, `tests: N passed, N failed, N skipped`. */
function printCounts() {
  try {
    const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  } catch {
    // No results file: vitest did not get as far as running tests; its own output says why.
  }
}

rmSync(RESULTS, { force: true });
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (name === 'tests') printCounts();
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
