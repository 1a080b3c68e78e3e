import {defineConfig} from 'tsup'

export default defineConfig({
  // A worker thread's module is loaded by path, so it is an entry of its own.
  entry: {index: 'src/index.ts', 'work-thread': 'src/work-thread.ts'},
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node'
})
