import {createRequire} from 'node:module'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Io} from './parse/command.js'

/** What `@onrecord/queue` offers the CLI. */
interface QueueModule {
  runQueue(argv: readonly string[], io: Io): Promise<number>
}

const name = '@onrecord/queue'

/**
 * `onrecord queue …`: handed to `@onrecord/queue`, loaded only for this command so that
 * `onrecord parse` never loads BullMQ. It is found next to the CLI (installed alongside it,
 * globally or in a project) or in the current directory's project.
 */
export async function runQueueCommand(argv: readonly string[], io: Io): Promise<number> {
  const queue = await load(process.cwd())
  if (!queue) {
    io.stderr.write(
      `onrecord queue: this command needs the ${name} package, which is not installed.\n` +
        `Install it beside onrecord (npm install --global ${name}, or npm install ${name} in your project) and run the command again.\n`
    )
    return 2
  }
  return queue.runQueue(argv, io)
}

async function load(cwd: string): Promise<QueueModule | null> {
  try {
    return (await import(name)) as QueueModule
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  let url: string
  try {
    url = pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(name)).href
  } catch {
    return null
  }
  return (await import(url)) as QueueModule
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  // The package itself, not one of its files (an unbuilt checkout) or its dependencies.
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(`'${name}'`)
}
