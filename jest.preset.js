// Shared Jest settings for every project: TypeScript through ts-jest (transpile only; `typecheck`
// targets type-check), path aliases of tsconfig.base.json mapped to the libs' sources.
const path = require('path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@concerto/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@concerto/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
  },
};
