/**
 * Prints one plain closing line, `Tests: N passed, N failed[, N skipped]`, after Jest's own summary, so the
 * workplace CI, which reads that form, counts the run. (Plain JavaScript: Jest loads reporters untransformed.)
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // on exit, so it is the last line, after the summary Jest's default reporter prints
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
