/**
 * Preload for `node --require bench/alloc-sampler.cjs …`: samples every allocation of the process, those
 * collected since included (V8's sampling heap profiler, 32 KB on average between samples), and writes the
 * profile at exit to $ALLOC_PROFILE (default bench/out/alloc.heapprofile) for bench/alloc-summary.ts.
 */
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const out = process.env.ALLOC_PROFILE || path.join(__dirname, 'out', 'alloc.heapprofile');
const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 32768,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
process.on('exit', () => {
  session.post('HeapProfiler.stopSampling', (err, result) => {
    if (err) {
      process.stderr.write(`alloc-sampler: ${err.message}\n`);
      return;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(result.profile));
  });
});
