import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {createServer} from 'node:net'

/** A Redis server of the tests' own. */
export interface TestRedis {
  /** Its URL, on a loopback port. */
  url: string
  /** Stop it and wait until it is gone. */
  stop(): Promise<void>
}

/**
 * Start Debian's `redis-server` on a free loopback port with no persistence (`--save ''
 * --appendonly no`): nothing is written to disk and nothing listens beyond this machine.
 */
export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: run scripts/ensure-tools.sh (Debian: apt-get install redis-server)')
  }
  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    // Should the tests end without stopping it, it goes too.
    const kill = () => server.kill('SIGKILL')
    process.once('exit', kill)
    if (await ready(server)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        async stop() {
          process.off('exit', kill)
          if (server.exitCode !== null || server.signalCode !== null) return
          const exited = once(server, 'exit')
          server.kill('SIGTERM')
          await exited
        }
      }
    }
    process.off('exit', kill)
    server.kill('SIGKILL')
    // Another process took the port between the check and the start: try another.
    if (attempt === 4) throw new Error('redis-server did not start (tried five ports)')
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Whether the server says it is ready before it exits or ten seconds pass. */
function ready(server: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let output = ''
    const timer = setTimeout(() => finish(false), 10000)
    const finish = (value: boolean) => {
      clearTimeout(timer)
      server.stdout?.off('data', onData)
      server.off('exit', onExit)
      // Keep draining its output, or a full pipe would stop it.
      server.stdout?.resume()
      server.stderr?.resume()
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) finish(true)
    }
    const onExit = () => finish(false)
    server.stdout?.on('data', onData)
    server.on('exit', onExit)
  })
}
