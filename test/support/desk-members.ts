/**
 * Desk members for tests and benches: each a data folder with a real store, the real services and
 * a desk engine, connected to a test desk (couch-server.ts). No stubs: the same code the hosts run.
 */
import type { Services } from '../../src/shared/contract'
import { createServices } from '../../src/main/services/create-services'
import { LibraryStore } from '../../src/main/store/library-store'
import { DeskSync } from '../../src/main/desk/desk-engine'
import { memoryVault } from '../../src/main/desk/credential-vault'
import { inProcessArticleBuilder } from './in-process-article-builder'
import type { TestDesk } from './couch-server'

export interface Member {
  name: string
  dataDir: string
  store: LibraryStore
  engine: DeskSync
  services: Services
}

export async function openMember(
  dataDir: string,
  name: string,
  options: { maxBackoffMs?: number; pollWaitMs?: number } = {}
): Promise<Member> {
  const store = await LibraryStore.open(dataDir)
  const engine = await DeskSync.open({
    store,
    dataDir,
    vault: memoryVault(),
    maxBackoffMs: options.maxBackoffMs ?? 200,
    pollWaitMs: options.pollWaitMs ?? 10_000
  })
  const services = createServices({
    store,
    desk: engine,
    platform: { kind: 'browser' },
    version: 'test',
    articleBuilder: inProcessArticleBuilder
  })
  return { name, dataDir, store, engine, services }
}

/** A member's data folder, opened and connected to the desk with their password. */
export async function joinDesk(
  desk: Pick<TestDesk, 'deskUrl' | 'members'>,
  dataDir: string,
  name: string,
  options: { maxBackoffMs?: number; pollWaitMs?: number } = {}
): Promise<Member> {
  const member = await openMember(dataDir, name, options)
  const password = desk.members.find((candidate) => candidate.name === name)?.password
  if (!password) throw new Error(`${name} is not a member of the test desk.`)
  await member.services.connectDesk({ url: desk.deskUrl, name, password })
  return member
}

export async function leave(member: Member): Promise<void> {
  await member.engine.close()
  await member.store.flush()
}
