/**
 * Preloaded (node --import) into the CLI by test/cli/badInput.test.ts: a disk that fills up half
 * way through any file written under $ISHC_FAIL_WRITES_IN (half the bytes land, then ENOSPC).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const dir = process.env.ISHC_FAIL_WRITES_IN;
const realWriteFileSync = fs.writeFileSync;
fs.writeFileSync = function writeFileSync(path, data, ...rest) {
  if (dir && typeof path === 'string' && path.startsWith(dir)) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    realWriteFileSync(path, bytes.subarray(0, bytes.length >> 1));
    const error = new Error(`ENOSPC: no space left on device, write '${path}'`);
    error.code = 'ENOSPC';
    throw error;
  }
  return realWriteFileSync.call(this, path, data, ...rest);
};
// The CLI imports { writeFileSync } from 'node:fs' as an ES module: give it the patched one.
syncBuiltinESMExports();
