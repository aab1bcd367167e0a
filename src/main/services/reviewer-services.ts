/**
 * The reviewer (name and organisation) lives beside the reading settings in the data folder, in
 * `reviewer.json`: set once, it signs every ClaimReview and W3C export, from the app or the CLI.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Services } from '../../shared/contract'
import { Reviewer, noReviewer } from '../../shared/reviewer'
import { writeFileDurably } from '../store/durable-json-file'
import type { ServiceDeps } from './service-deps'

const REVIEWER_FILE = 'reviewer.json'

/** The reviewer saved in `dataDir`; none when the file is missing or unreadable (it is a preference). */
export async function readReviewer(dataDir: string): Promise<Reviewer> {
  try {
    const parsed = Reviewer.safeParse(JSON.parse(await readFile(join(dataDir, REVIEWER_FILE), 'utf8')))
    return parsed.success ? parsed.data : noReviewer
  } catch {
    return noReviewer
  }
}

export function reviewerServices({ store }: ServiceDeps): Pick<Services, 'getReviewer' | 'saveReviewer'> {
  return {
    getReviewer: () => readReviewer(store.dataDir),
    async saveReviewer({ reviewer }) {
      await writeFileDurably(join(store.dataDir, REVIEWER_FILE), `${JSON.stringify(reviewer, null, 2)}\n`)
      return reviewer
    }
  }
}
