/**
 * The engine's publishing side: the desk's rating scale and each desk claim's publishing details
 * as desk records (publishing-records.ts), so a second editor, the editor's other machine and
 * every checker export the same ClaimReview. Editors queue them in the outbox like sign-offs; the
 * loops pull and push them like every record; what a member sees is the replica's with this
 * machine's waiting ones on top.
 */
import {
  deskPublishingSettings,
  publishingRecordId,
  type DeskPublishingSettings,
  type PublishingRecord
} from '../../shared/desk/publishing-records'
import { enqueue } from '../../shared/desk/outbox'
import type { ClaimPublishing, RatingScale } from '../../shared/desk/view/publishing-scale'
import { ApiFailure } from '../../shared/result'
import type { DeskConnection } from './desk-files'
import { DeskSyncActions } from './desk-sync-actions'

export abstract class DeskPublishingSync extends DeskSyncActions {
  /** The desk's publishing settings as this member sees them; null when this machine has no desk. */
  publishing(): DeskPublishingSettings | null {
    if (!this.replica.desk) return null
    return deskPublishingSettings(this.replica.publishing ?? {}, this.outbox.entries)
  }

  async setRatingScale(ratingScale: RatingScale): Promise<void> {
    const desk = this.editorOnDesk('set the desk’s rating scale')
    await this.queuePublishing({
      type: 'publishing-scale',
      ratingScale,
      editor: desk.name,
      at: this.now().toISOString()
    })
  }

  async setClaimPublishing(input: {
    deskDocId: string
    claimId: string
    details: ClaimPublishing
  }): Promise<void> {
    const desk = this.editorOnDesk('set a desk claim’s publishing details')
    await this.queuePublishing({
      type: 'claim-publishing',
      deskDocId: input.deskDocId,
      claimId: input.claimId,
      details: input.details,
      editor: desk.name,
      at: this.now().toISOString()
    })
  }

  private editorOnDesk(what: string): DeskConnection {
    const desk = this.replica.desk
    if (!desk || !this.session)
      throw new ApiFailure('unsupported', 'Connect to the desk first (the Desk button in the header).')
    if (desk.role !== 'editor')
      throw new ApiFailure('unauthorized', `Only the desk’s editors ${what}; ask an editor to change it.`)
    return desk
  }

  private async queuePublishing(record: PublishingRecord): Promise<void> {
    await this.queueWork(async () => {
      this.outbox = enqueue(this.outbox, {
        recordId: publishingRecordId(record),
        record: { ...record },
        queuedAt: this.stamp()
      })
      this.revision++
      await this.files.saveOutbox(this.outbox)
    })
    this.pushWaker.ring()
  }
}
