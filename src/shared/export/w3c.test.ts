import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { applyChange } from '../annotations/changes'
import { codePointOffsets } from './code-points'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { exportW3c } from './w3c'

/**
 * The shape Claimcheck promises (our own schema; the W3C suite's schemas are checked by
 * bench/eval-w3c.ts): a collection whose every annotation targets the document with both selectors.
 */
const selector = {
  type: 'array',
  minItems: 2,
  maxItems: 2,
  prefixItems: [
    {
      type: 'object',
      required: ['type', 'exact', 'prefix', 'suffix'],
      properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string', minLength: 1 } }
    },
    {
      type: 'object',
      required: ['type', 'start', 'end'],
      properties: {
        type: { const: 'TextPositionSelector' },
        start: { type: 'integer', minimum: 0 },
        end: { type: 'integer', minimum: 0 }
      }
    }
  ]
}
const annotation = {
  type: 'object',
  required: ['id', 'type', 'motivation', 'created', 'target'],
  properties: {
    id: { type: 'string', pattern: '^urn:claimcheck:annotation:' },
    type: { const: 'Annotation' },
    motivation: { enum: ['assessing', 'commenting', 'tagging', 'linking', 'highlighting'] },
    body: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['type', 'purpose'],
        properties: { purpose: { enum: ['assessing', 'commenting', 'tagging', 'linking'] } }
      }
    },
    target: {
      type: 'object',
      required: ['source', 'selector'],
      properties: { source: { type: 'string', format: 'uri' }, selector }
    }
  }
}
const collectionSchema = {
  type: 'object',
  required: ['@context', 'id', 'type', 'label', 'total', 'first'],
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    type: { const: 'AnnotationCollection' },
    first: {
      type: 'object',
      required: ['type', 'items'],
      properties: { type: { const: 'AnnotationPage' }, items: { type: 'array', items: annotation } }
    }
  }
}

interface Exported {
  total: number
  first: { items: { motivation: string; body?: { purpose: string; value?: string }[]; target: Target }[] }
}
interface Target {
  source: string
  selector: [{ exact: string }, { start: number; end: number }]
}

const document = reviewedArticle()
const exported = JSON.parse(exportW3c(document, { exportedAt, generator: 'Claimcheck test' })) as Exported

describe('exportW3c', () => {
  it('is an AnnotationCollection of annotations with both selectors on every target', () => {
    const validate = new Ajv({ strict: false, formats: { uri: /^[a-z][a-z0-9+.-]*:/i } }).compile(
      collectionSchema
    )
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
  })

  it('makes each review an assessing annotation and each highlight a highlighting one', () => {
    expect(exported.first.items.map((item) => item.motivation)).toEqual([
      'assessing',
      'assessing',
      'assessing',
      'assessing',
      'commenting',
      'assessing',
      'highlighting',
      'highlighting'
    ])
    expect(exported.total).toBe(8)
  })

  it('keeps a sentence marked not a claim as an assessment that says so, so a re-import restores it', () => {
    const notAClaim = exported.first.items[5]
    expect(notAClaim?.body?.map((body) => [body.purpose, body.value])).toEqual([['assessing', 'Not a claim']])
  })

  it('gives the disputed claim its status, note, tag and source as bodies with their purposes', () => {
    const disputed = exported.first.items[2]
    expect(disputed?.body?.map((body) => [body.purpose, body.value])).toEqual([
      ['assessing', 'Disputed'],
      ['commenting', document.annotations.claims['c3']?.note],
      ['tagging', 'history'],
      ['linking', undefined]
    ])
  })

  it('counts positions in code points, so they select the quote even after an emoji', () => {
    const after = exported.first.items[4]?.target as Target
    const [quote, position] = after.selector
    const codePoints = [...document.text]
    expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact)
    expect(document.text.indexOf(quote.exact)).toBe(position.start + 1)
  })

  it('targets the article’s web address, or a URN naming a document imported from a file', () => {
    expect(exported.first.items[0]?.target.source).toBe(document.source)
    const article = buildArticle({
      title: 'Notes',
      source: 'notes.txt',
      blocks: [{ type: 'paragraph', text: 'It rained.' }]
    })
    const annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      exportedAt
    )
    const local: StoredDocument = {
      schemaVersion: SCHEMA_VERSION,
      id: 'notes-1',
      addedAt: exportedAt,
      ...article,
      annotations
    }
    const parsed = JSON.parse(exportW3c(local, { exportedAt, generator: 'test' })) as Exported
    expect(parsed.first.items[0]?.target.source).toBe('urn:claimcheck:document:notes-1')
  })
})

describe('codePointOffsets', () => {
  it('maps UTF-16 offsets to code points and back around characters outside the BMP', () => {
    const text = 'a💧b🌊c'
    const { toCodePoints, toUtf16 } = codePointOffsets(text)
    expect([0, 1, 3, 4, 6, 7].map(toCodePoints)).toEqual([0, 1, 2, 3, 4, 5])
    expect([0, 1, 2, 3, 4, 5].map(toUtf16)).toEqual([0, 1, 3, 4, 6, 7])
  })
})
