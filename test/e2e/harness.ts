// The end-to-end harness lives in test/support so that benchmarks can use it too.
export * from '../support/harness';
