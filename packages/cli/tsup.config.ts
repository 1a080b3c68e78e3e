import {defineConfig} from 'tsup'

export default defineConfig({
  // The worker thread's module is loaded by path, so it is an entry of its own.
  entry: {index: 'src/index.ts', cli: 'src/cli.ts', 'parse-worker': 'src/parse/worker.ts'},
  format: ['esm'],
  dts: true,
  clean: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  target: 'node20',
  platform: 'node'
})
