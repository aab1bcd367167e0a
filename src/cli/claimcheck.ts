/** The `claimcheck` command's entry point: runs the CLI on this process's arguments and streams. */
import { run } from './run'

/** Reads a line from the terminal with echo off (the desk's add-user password). */
function askSecret(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin
    if (!input.isTTY)
      return reject(new Error('no terminal to ask for the password on; set CLAIMCHECK_DESK_PASSWORD.'))
    process.stderr.write(prompt)
    input.setRawMode(true)
    input.resume()
    let typed = ''
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false)
          input.pause()
          input.off('data', onData)
          process.stderr.write('\n')
          return resolve(typed)
        }
        if (char === '\u0003') {
          input.setRawMode(false)
          return reject(new Error('cancelled.'))
        }
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char
      }
    }
    input.on('data', onData)
  })
}

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  askSecret
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`claimcheck: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
