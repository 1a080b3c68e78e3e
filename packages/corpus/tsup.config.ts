import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // The JSON Lines, CSV and JSON Schema files that scripts/build-data.ts wrote.
  publicDir: 'generated/files'
})
