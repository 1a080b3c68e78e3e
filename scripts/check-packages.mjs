// Check every publishable package as npm would ship it: publint (strict) and attw on the
// packed tarball (ESM-only profile), then install the tarballs into an empty project and run
// each README's example there (scripts/pack.test.mjs). Run by `pnpm run check:packages`.
import {spawnSync} from 'node:child_process'
import {root, publishablePackages} from './packages.mjs'

let failed = 0
const run = (label, command, args, cwd) => {
  console.log(`\n$ ${label}`)
  const result = spawnSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, FORCE_COLOR: '0'}})
  if (result.status !== 0) {
    failed++
    console.error(`✗ ${label} (exit ${result.status ?? result.signal})`)
  }
}

for (const {dir, manifest} of publishablePackages()) {
  run(`publint --strict (${manifest.name})`, 'publint', ['--strict'], dir)
  // attw checks modules and their types; data files in the exports map (.jsonl, .csv) are neither.
  const data = Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'string' && !/\.(?:[cm]?js|json)$/.test(target))
    .map(([subpath]) => subpath)
  const exclude = data.length > 0 ? ['--exclude-entrypoints', ...data] : []
  run(`attw --pack . --profile esm-only (${manifest.name})`, 'attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', ...exclude], dir)
}

run('node --test scripts/pack.test.mjs', process.execPath, ['--test', 'scripts/pack.test.mjs'], root)

if (failed > 0) {
  console.error(`\ncheck:packages: ${failed} check(s) failed`)
  process.exit(1)
}
console.log('\ncheck:packages: every publishable package passes publint, attw and the pack test')
