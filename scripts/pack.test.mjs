// Pack every publishable package, install the tarballs with npm into an empty project, and run
// each package's README example there, as a user would after `npm install`.
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {publishablePackages, root} from './packages.mjs'

const packages = publishablePackages()
const scratch = mkdtempSync(join(tmpdir(), 'onrecord-pack-'))
const project = join(scratch, 'project')

before(() => {
  const tarballs = packages.map(({dir}) => {
    const before = new Set(readdirSync(scratch))
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], {cwd: dir, stdio: 'pipe'})
    const made = readdirSync(scratch).filter((name) => name.endsWith('.tgz') && !before.has(name))
    assert.equal(made.length, 1, `pnpm pack in ${dir} made one tarball`)
    return join(scratch, made[0])
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

for (const {dir, manifest} of packages) {
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
