// Moved to test/support (the hostile-file builders use it too); kept here for the tests that import it.
export * from '../../support/zipWriter';
