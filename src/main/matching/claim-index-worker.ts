/**
 * The claim index worker's entry (built to out/main/claim-index-worker.js): it holds the index of
 * the library's reviewed claims, applies the changes the main thread sends in order, and answers
 * its lookups, so building the index never takes the main thread's time.
 */
import { parentPort } from 'node:worker_threads'
import { ClaimIndex } from '../../shared/claims'
import { answer, type IndexRequest } from './reviewed-claim-index'

const port = parentPort
if (!port) throw new Error('The claim index worker must run on a worker thread.')
const index = new ClaimIndex()
port.on('message', (request: IndexRequest) => {
  const reply = answer(index, request)
  if (reply) port.postMessage(reply)
})
