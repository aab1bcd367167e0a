/** The streams a command writes to and reads from: real ones in `claimcheck.ts`, strings in tests. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array>
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}
