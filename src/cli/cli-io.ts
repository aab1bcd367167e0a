/** The streams a command writes to and reads from: real ones in `claimcheck.ts`, strings in tests. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array>
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** The environment (the desk commands read the admin and passwords from it); process.env if absent. */
  env?: NodeJS.ProcessEnv
  /** Asks for a secret on the terminal without echoing it (the desk's add-user). */
  askSecret?: (prompt: string) => Promise<string>
}
