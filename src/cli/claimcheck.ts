/** The `claimcheck` command's entry point: runs the CLI on this process's arguments and streams. */
import { run } from './run'

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`claimcheck: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
