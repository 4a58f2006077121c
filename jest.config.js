/** Two environments: pure code and adapters run in node; the pane runs in jsdom. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
};
module.exports = {
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
