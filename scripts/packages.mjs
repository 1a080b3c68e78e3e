// The workspace's publishable packages: every packages/* whose package.json is not private.
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The repository root, as a path. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** `{dir, manifest}` for each publishable package, by directory name. */
export function publishablePackages() {
  const packages = new URL('../packages/', import.meta.url)
  return readdirSync(packages, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = new URL(`${entry.name}/`, packages)
      return {dir: fileURLToPath(dir), manifest: JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'))}
    })
    .filter(({manifest}) => manifest.private !== true)
    .sort((a, b) => a.dir.localeCompare(b.dir))
}
