/** Two environments: pure code and adapters run in node; the pane runs in jsdom. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
};
module.exports = {
  // Fluent's focus management under jsdom makes a rendered pane slow on a loaded 2-core machine;
  // a test that waits for the pane is not a timing test, so it may wait. (A global option:
  // Jest ignores it inside a project.)
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/helpers/jsdom-setup.ts'],
    },
  ],
};
