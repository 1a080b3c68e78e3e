import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/lite.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  // No source maps: they would point at src/, which the package does not ship.
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral'
})
