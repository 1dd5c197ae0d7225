// Builds dist/ and build/ once before the suite: the tests load what ships.
const { execFileSync } = require('node:child_process');
module.exports = () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
};
