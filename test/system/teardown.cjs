// After the run, below jest's summary: the banner again when tests were skipped for missing packages.
module.exports = () => require('./requirements.cjs').remind();
