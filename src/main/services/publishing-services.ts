/**
 * What publishing needs beyond the verdicts — the desk's rating scale, and per claim the
 * fact-check's own address, the claimant, where and when the claim appeared. With a desk they live
 * on the desk (records only editors write, desk-publishing-sync.ts), so every member's export of a
 * desk document is the same on every machine; without one, in `publishing.json` beside the
 * reviewer. And the desk's side of a ClaimReview export: only the claims an editor signed off,
 * with the sign-offs from the desk's replica.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Services } from '../../shared/contract'
import type { DeskPublishing } from '../../shared/export/claimreview'
import type { StoredDocument } from '../../shared/model'
import {
  defaultRatingScale,
  noPublishingSettings,
  type PublishingSettings
} from '../../shared/desk/view/publishing-scale'
import { PublishingSettingsSchema } from '../../shared/desk/view/publishing-settings'
import { writeFileDurably } from '../store/durable-json-file'
import type { ServiceDeps } from './service-deps'

const PUBLISHING_FILE = 'publishing.json'

/** The settings saved in `dataDir`; the defaults when the file is missing or unreadable. */
export async function readPublishing(dataDir: string): Promise<PublishingSettings> {
  try {
    const parsed = PublishingSettingsSchema.safeParse(
      JSON.parse(await readFile(join(dataDir, PUBLISHING_FILE), 'utf8'))
    )
    return parsed.success ? parsed.data : noPublishingSettings()
  } catch {
    return noPublishingSettings()
  }
}

/**
 * The settings as this machine uses them: with a desk, its rating scale (Claimcheck's own two
 * words until an editor sets one) and its details for desk documents; local ones for the rest.
 */
async function publishingFor(deps: Pick<ServiceDeps, 'desk' | 'store'>): Promise<PublishingSettings> {
  const local = await readPublishing(deps.store.dataDir)
  const onDesk = deps.desk?.publishing() ?? null
  if (!onDesk) return local
  const claims = { ...local.claims }
  for (const entry of deps.store.index.documents) {
    if (entry.desk) claims[entry.id] = onDesk.claims[entry.desk.deskDocId] ?? {}
  }
  return { ratingScale: onDesk.ratingScale ?? defaultRatingScale, claims }
}

/**
 * A desk document publishes only what an editor signed off. Without the desk's view (no engine,
 * as in the command line) nothing is known to be signed off, so nothing is published.
 */
export async function deskPublishing(
  document: StoredDocument,
  deps: Pick<ServiceDeps, 'desk' | 'store'>
): Promise<DeskPublishing | null> {
  if (!document.desk) return null
  const settings = await publishingFor(deps)
  const view = deps.desk ? await deps.desk.documentView(document.id) : null
  const signOffs: DeskPublishing['signOffs'] = Object.fromEntries(
    Object.entries(view?.claims ?? {}).flatMap(([claimId, state]) =>
      state.signOff ? [[claimId, state.signOff]] : []
    )
  )
  return { signOffs, ratingScale: settings.ratingScale, claims: settings.claims[document.id] ?? {} }
}

type PublishingServices = Pick<Services, 'getPublishing' | 'savePublishingScale' | 'saveClaimPublishing'>

export function publishingServices({ store, desk }: ServiceDeps): PublishingServices {
  const save = async (settings: PublishingSettings) => {
    await writeFileDurably(join(store.dataDir, PUBLISHING_FILE), `${JSON.stringify(settings, null, 2)}\n`)
    return settings
  }
  // One change at a time: two quick saves must not both start from the same file.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }
  const deps = { store, desk }
  return {
    getPublishing: () => publishingFor(deps),
    savePublishingScale: ({ ratingScale }) =>
      serial(async () => {
        if (!desk?.publishing()) return save({ ...(await readPublishing(store.dataDir)), ratingScale })
        await desk.setRatingScale(ratingScale)
        return publishingFor(deps)
      }),
    saveClaimPublishing: ({ documentId, claimId, details }) =>
      serial(async () => {
        const deskDocId = store.index.documents.find((entry) => entry.id === documentId)?.desk?.deskDocId
        if (deskDocId && desk?.publishing()) {
          await desk.setClaimPublishing({ deskDocId, claimId, details })
          return publishingFor(deps)
        }
        const settings = await readPublishing(store.dataDir)
        const claims = { ...(settings.claims[documentId] ?? {}), [claimId]: details }
        return save({ ...settings, claims: { ...settings.claims, [documentId]: claims } })
      })
  }
}
