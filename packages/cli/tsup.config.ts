import {defineConfig} from 'tsup'

export default defineConfig({
  // The worker thread's module is loaded by path, so it is an entry of its own.
  entry: {index: 'src/index.ts', cli: 'src/cli.ts', 'parse-worker': 'src/parse/worker.ts'},
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node'
})
