/**
 * Checks imported text before anything is stored: binary data, broken encodings and empty files
 * are refused with a message that says what was wrong.
 */
import { ApiFailure } from '../../shared/result'

/** U+FFFD appears where a decoder met bytes that are not valid UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD'

export function assertReadableText(fileName: string, text: string): void {
  if (text.includes('\u0000')) {
    throw new ApiFailure(
      'bad-file',
      `“${fileName}” looks like a binary file, not text. Import a .txt file instead.`
    )
  }
  if (text.includes(REPLACEMENT_CHARACTER)) {
    throw new ApiFailure(
      'bad-file',
      `“${fileName}” is not valid UTF-8 text. Save it as UTF-8 in your editor and import it again.`
    )
  }
  if (text.trim() === '') {
    throw new ApiFailure('bad-file', `“${fileName}” is empty: there is no article to import.`)
  }
}
