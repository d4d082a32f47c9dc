import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core (vitest's default leaves one core idle, which on a two-core CI machine runs the files one by one).
    // The timing tests compare ratios measured in one process and retry a round that another worker slowed.
    maxWorkers: availableParallelism(),
  },
});
