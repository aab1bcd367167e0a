import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { tempFolder } from '../../../test/support/temp-folder'
import { DurableJsonFile, NewerDataError, UnreadableFileError } from './durable-json-file'

const Counter = z.object({ count: z.number() })
const Versioned = z.object({ schemaVersion: z.literal(1), count: z.number() })

describe('DurableJsonFile', () => {
  it('reads null when the file does not exist yet', async () => {
    const file = new DurableJsonFile(join(await tempFolder(), 'missing.json'), Counter)
    expect(await file.read()).toBeNull()
  })

  it('writes JSON that reads back equal, leaving no temp files behind', async () => {
    const folder = await tempFolder()
    const file = new DurableJsonFile(join(folder, 'counter.json'), Counter)
    await file.write({ count: 7 })
    expect(await file.read()).toEqual({ count: 7 })
    expect(await readdir(folder)).toEqual(['counter.json'])
  })

  it('applies queued writes in the order they were made', async () => {
    const folder = await tempFolder()
    const file = new DurableJsonFile(join(folder, 'counter.json'), Counter)
    await Promise.all(Array.from({ length: 20 }, (_, count) => file.write({ count })))
    expect(JSON.parse(await readFile(join(folder, 'counter.json'), 'utf8'))).toEqual({ count: 19 })
  })

  it('shares one write among the calls made while another is on its way to disk', async () => {
    const folder = await tempFolder()
    const file = new DurableJsonFile(join(folder, 'counter.json'), Counter)
    const first = file.save({ count: 0 })
    const rest = Array.from({ length: 10 }, (_, n) => file.save({ count: n + 1 }))
    const stamps = await Promise.all(rest)
    await first
    expect(new Set(stamps.map((stamp) => JSON.stringify(stamp))).size).toBe(1)
    expect(await file.read()).toEqual({ count: 10 })
  })

  it('answers the size of the file it wrote', async () => {
    const folder = await tempFolder()
    const file = new DurableJsonFile(join(folder, 'counter.json'), Counter)
    const stamp = await file.save({ count: 12345 })
    expect(stamp.size).toBe(JSON.stringify({ count: 12345 }).length)
  })

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['a truncated file', '{"count": 1', 'not valid JSON'],
    ['a file of another shape', '{"count": "many"}', 'not what Claimcheck wrote']
  ])('refuses %s with a reason', async (_label, content, reason) => {
    const path = join(await tempFolder(), 'counter.json')
    await writeFile(path, content)
    const read = new DurableJsonFile(path, Counter).read()
    await expect(read).rejects.toBeInstanceOf(UnreadableFileError)
    await expect(read).rejects.toThrow(reason)
  })

  it('refuses a file written by a newer Claimcheck without touching it', async () => {
    const path = join(await tempFolder(), 'counter.json')
    const content = '{"schemaVersion": 99, "count": 1}'
    await writeFile(path, content)
    await expect(new DurableJsonFile(path, Versioned).read()).rejects.toBeInstanceOf(NewerDataError)
    expect(await readFile(path, 'utf8')).toBe(content)
  })
})
