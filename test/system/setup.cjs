// Before the suites that need system packages (test/cli, test/ui): find them, or install them, or say so.
module.exports = () => require('./requirements.cjs').prepare();
