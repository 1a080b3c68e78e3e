import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {expect, it} from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))

/** What an editor shows on hover at `marker` in `source`, a file in test/ importing from src/. */
function hover(source: string, marker: string): string {
  const file = join(here, '__hover__.ts')
  const options: ts.CompilerOptions = {strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true}
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.readFile(name)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => here,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories
  }
  const service = ts.createLanguageService(host)
  const info = service.getQuickInfoAtPosition(file, source.lastIndexOf(marker) + 1)
  return ts.displayPartsToString(info?.documentation ?? [])
}

it('hovering a field of a parsed record shows the field documentation', () => {
  const source = "import {parseArticle} from '../src/index.js'\nconst article = parseArticle('x')\nexport const p = article.published?.precision\nexport const c = article.claims[0]?.confidence\n"
  expect(hover(source, 'precision')).toBe('The finest unit the value states.')
  expect(hover(source, 'confidence')).toBe('How sure the parser is, from 0 to 1.')
}, 30_000)
