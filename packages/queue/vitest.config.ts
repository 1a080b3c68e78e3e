import {defineConfig} from 'vitest/config'

export default defineConfig({
  // Redis and worker processes: the fault test takes tens of seconds on two busy cores.
  test: {include: ['test/**/*.test.ts'], testTimeout: 180000, hookTimeout: 60000}
})
