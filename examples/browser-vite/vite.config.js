import {defineConfig} from 'vite'

// Relative asset paths, so that dist/ works from any folder or static host.
export default defineConfig({base: './'})
