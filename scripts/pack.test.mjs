// Pack every publishable package, install the tarballs with npm into an empty project, and run
// each package's README example there, as a user would after `npm install`.
import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {publishablePackages, root} from './packages.mjs'
import {strayMaps, workspaceRanges} from './tarball-checks.mjs'

const packages = publishablePackages()
const scratch = mkdtempSync(join(tmpdir(), 'onrecord-pack-'))
const project = join(scratch, 'project')
/** Each package's tarball, unpacked: its text files by path (`package.json`, `dist/index.js`). */
const unpacked = new Map()

before(() => {
  const tarballs = packages.map(({dir, manifest}) => {
    const before = new Set(readdirSync(scratch))
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], {cwd: dir, stdio: 'pipe'})
    const made = readdirSync(scratch).filter((name) => name.endsWith('.tgz') && !before.has(name))
    assert.equal(made.length, 1, `pnpm pack in ${dir} made one tarball`)
    const tarball = join(scratch, made[0])
    const into = join(scratch, 'unpacked', manifest.name.replace(/\W+/g, '-'))
    mkdirSync(into, {recursive: true})
    execFileSync('tar', ['-xzf', tarball, '-C', into], {stdio: 'pipe'})
    const files = new Map()
    for (const path of readdirSync(join(into, 'package'), {recursive: true, withFileTypes: true})) {
      if (!path.isFile()) continue
      const full = join(path.parentPath, path.name)
      files.set(full.slice(join(into, 'package').length + 1).split('\\').join('/'), readFileSync(full, 'utf8'))
    }
    unpacked.set(manifest.name, files)
    return tarball
  })
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'pack-test', private: true, type: 'module'}))
  // All tarballs in one install, so that internal dependencies resolve to the packed ones.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {cwd: project, stdio: 'pipe'})
})

after(() => rmSync(scratch, {recursive: true, force: true}))

/** The first ```js block that imports `name`, from the package README, else the root README. */
function readmeExample(dir, name) {
  for (const readme of [join(dir, 'README.md'), join(root, 'README.md')]) {
    let text
    try {
      text = readFileSync(readme, 'utf8')
    } catch {
      continue
    }
    for (const [, code] of text.matchAll(/```(?:js|javascript)\n([\s\S]*?)```/g)) {
      if (code.includes(`from '${name}'`) || code.includes(`from "${name}"`)) return {readme, code}
    }
  }
  return null
}

/**
 * Make a README's `expression // what it yields` lines print what they yield here, next to what
 * the README says, so that the run shows both; the expression still throws if it cannot be read.
 */
function printExpressions(code) {
  return code.replace(/^([\w$][\w$.?[\]'"()]*?)\s+\/\/\s*(.+)$/gm, (line, expression, said) =>
    /^(?:const|let|var|import|export|return)\b/.test(expression)
      ? line
      : `console.log(${JSON.stringify(expression)}, '→', ${expression}, '(README: ' + ${JSON.stringify(said)} + ')')`
  )
}

test('the tarball checks fail on a workspace: range and on a map that points at unshipped files', () => {
  assert.deepEqual(workspaceRanges({dependencies: {'@onrecord/core': 'workspace:^', zod: '4.6.7'}, peerDependencies: {x: 'workspace:*'}}), [
    'dependencies @onrecord/core@workspace:^',
    'peerDependencies x@workspace:*'
  ])
  assert.deepEqual(workspaceRanges({dependencies: {'@onrecord/core': '^0.1.0'}}), [])
  const map = JSON.stringify({version: 3, sources: ['../src/index.ts'], sourcesContent: ['export {}'], mappings: ''})
  assert.deepEqual(strayMaps(new Map([['dist/index.js', 'export {}\n//# sourceMappingURL=index.js.map\n'], ['dist/index.js.map', map]])), [
    'dist/index.js.map: source ../src/index.ts is not in the tarball'
  ])
  assert.deepEqual(strayMaps(new Map([['dist/index.js', 'export {}\n//# sourceMappingURL=index.js.map\n']])), [
    'dist/index.js: sourceMappingURL index.js.map is not in the tarball'
  ])
  const inline = `data:application/json;base64,${Buffer.from(map).toString('base64')}`
  assert.deepEqual(strayMaps(new Map([['dist/index.js', `export {}\n//# sourceMappingURL=${inline}\n`]])), [
    'dist/index.js (inline map): source ../src/index.ts is not in the tarball'
  ])
  // A map of shipped files is fine.
  assert.deepEqual(strayMaps(new Map([['dist/a.js', '//# sourceMappingURL=a.js.map'], ['dist/a.js.map', JSON.stringify({sources: ['a.js']})]])), [])
})

test('publishing refuses any client but pnpm (prepublishOnly), since only pnpm replaces workspace: ranges', () => {
  const guard = join(root, 'scripts', 'require-pnpm.mjs')
  const agent = (userAgent) => spawnSync(process.execPath, [guard], {env: {...process.env, npm_config_user_agent: userAgent}, encoding: 'utf8'})
  assert.equal(agent('pnpm/12.21.0 npm/? node/v24.21.0 linux x64').status, 0)
  const npm = agent('npm/10.9.0 node/v24.21.0 linux x64 workspaces/false')
  assert.equal(npm.status, 1)
  assert.match(npm.stderr, /publish with pnpm .*not npm\/10\.9\.0/)
  for (const {manifest} of packages) assert.equal(manifest.scripts?.prepublishOnly, 'node ../../scripts/require-pnpm.mjs', manifest.name)
})

for (const {dir, manifest} of packages) {
  test(`${manifest.name}: the tarball carries no workspace: range and no source map pointing at files it does not ship`, () => {
    const files = unpacked.get(manifest.name)
    assert.ok(files?.has('package.json'))
    const packed = JSON.parse(files.get('package.json'))
    assert.equal(packed.version, manifest.version)
    assert.deepEqual(workspaceRanges(packed), [])
    assert.deepEqual(strayMaps(files), [])
  })

  const example = readmeExample(dir, manifest.name)
  if (example) {
    test(`${manifest.name}: the README example runs from the installed tarball`, () => {
      const file = join(project, `${manifest.name.replace(/\W+/g, '-')}.mjs`)
      writeFileSync(file, printExpressions(example.code))
      const output = execFileSync(process.execPath, [file], {cwd: project, encoding: 'utf8'})
      console.log(`# ${manifest.name} (${example.readme.slice(root.length)}):\n${output}`)
    })
  }
  if (manifest.bin) {
    for (const bin of Object.keys(typeof manifest.bin === 'string' ? {[manifest.name]: 1} : manifest.bin)) {
      test(`${manifest.name}: \`${bin} parse\` runs from the installed tarball`, () => {
        const seed = readdirSync(join(root, 'seeds')).find((name) => name.endsWith('.txt'))
        const output = execFileSync(join(project, 'node_modules', '.bin', bin), ['parse', join(root, 'seeds', seed)], {cwd: project, encoding: 'utf8'})
        const lines = output.trim().split('\n')
        assert.equal(lines.length, 1)
        assert.equal(JSON.parse(lines[0]).schemaVersion, 1)
      })
    }
  }
  if (!example && !manifest.bin) {
    test(`${manifest.name}: has a README example`, () => assert.fail(`no \`\`\`js block importing ${manifest.name} in its README`))
  }
}

if (packages.some(({manifest}) => manifest.name === '@onrecord/queue')) {
  test('`onrecord queue` finds @onrecord/queue installed beside the CLI', () => {
    const output = execFileSync(join(project, 'node_modules', '.bin', 'onrecord'), ['queue', '--help'], {cwd: project, encoding: 'utf8'})
    assert.match(output, /^usage: onrecord queue <command>/)
  })
}
