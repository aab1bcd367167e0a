/**
 * The W3C Web Annotation test suite's JSON Schemas (draft-04), loaded from a folder into Ajv, and
 * the checks the suite's "must" tests make of an Annotation and an Annotation Collection. The
 * suite's own assertion files exist only for section 4 (specificResource/); the others' checks are
 * rebuilt here from the definitions they reference (annotations.json, bodyTarget.json, …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

export type Level = 'must' | 'should' | 'may'

export interface Check {
  name: string
  level: Level
  validate: ValidateFunction
}

export interface SuiteChecks {
  annotation: Check[]
  collection: Check[]
  page: Check[]
}

function schemaFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return name === 'examples' || name === 'tests' ? [] : schemaFiles(path)
    return name.endsWith('.json') ? [path] : []
  })
}

const ref = (target: string) => ({ $ref: target })
const oneOrMany = (schema: object) => ({ oneOf: [schema, { type: 'array', minItems: 1, items: schema }] })

/** A body or target: an IRI, or an object whose keys named by `checks` are valid where present. */
const resource = (checks: string[]) => ({
  oneOf: [ref('id.json#/definitions/stringUri'), { type: 'object', allOf: checks.map(ref) }]
})

/** The keys the "must" tests check on bodies and targets when they are present. */
const resourceKeys = [
  'bodyTarget.json#/definitions/textDirectionValidIfPresent',
  ...['created', 'modified', 'generated', 'rights', 'canonical', 'via'].map(
    (key) => `otherProperties.json#/definitions/${key}ValidIfPresent`
  )
]

/** Loads every schema in `folder` and compiles the checks. */
export function loadSuite(folder: string): SuiteChecks {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const assertions: { name: string; level: Level; id: string }[] = []
  for (const path of schemaFiles(folder)) {
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { id: string; assertionType?: Level }
    ajv.addSchema(schema)
    if (schema.assertionType)
      assertions.push({ name: relative(folder, path), level: schema.assertionType, id: schema.id })
  }
  const compile = (name: string, level: Level, schema: object): Check => ({
    name,
    level,
    validate: ajv.compile({ $schema: 'http://json-schema.org/draft-04/schema#', ...schema })
  })
  const definitions = (file: string, names: string[], level: Level = 'must') =>
    names.map((name) => compile(`${file}#${name}`, level, ref(`${file}#/definitions/${name}`)))
  const context = (file: string) =>
    compile(`${file}#@context`, 'must', {
      required: ['@context'],
      properties: {
        '@context': {
          oneOf: [
            ref(`${file}#/definitions/contextValueFound`),
            ref(`${file}#/definitions/contextValueInArrayFound`)
          ]
        }
      }
    })

  const annotation: Check[] = [
    context('annotations.json'),
    compile('id.json#idValueFound', 'must', ref('id.json#/definitions/idValueFound')),
    ...definitions('annotations.json', [
      'annotationTypeValueFound',
      'motivationRecognizedIfPresent',
      'bodyValueValidIfPresent'
    ]),
    compile('3.1 target key found, 3.2 target resources recognized', 'must', {
      required: ['target'],
      properties: {
        target: oneOrMany({
          anyOf: [
            ref('bodyTarget.json#/definitions/targetResourcesFound'),
            ref('choiceSet.json#/definitions/choiceOrSetDetected')
          ]
        })
      }
    }),
    compile('3.2 body resources recognized', 'must', {
      properties: {
        body: oneOrMany({
          anyOf: [
            ref('bodyTarget.json#/definitions/bodyResourcesFound'),
            ref('choiceSet.json#/definitions/choiceOrSetDetected')
          ]
        })
      }
    }),
    compile('3.2.5 not both body and bodyValue', 'must', { not: { required: ['body', 'bodyValue'] } }),
    compile('bodies: optional keys valid where present (3.2.1, 3.3.1, 3.3.6, 3.3.7)', 'must', {
      properties: { body: oneOrMany(resource(resourceKeys)) }
    }),
    compile('bodies: purpose recognized where present (3.3.5)', 'must', {
      properties: {
        body: oneOrMany(resource(['otherProperties.json#/definitions/purposeRecognizedIfPresent']))
      }
    }),
    compile('targets: optional keys valid where present (3.2.1, 3.3.1, 3.3.6, 3.3.7)', 'must', {
      properties: { target: oneOrMany(resource(resourceKeys)) }
    }),
    ...definitions('otherProperties.json', [
      'createdValidIfPresent',
      'modifiedValidIfPresent',
      'generatedValidIfPresent',
      'creatorValidIfPresent',
      'generatorValidIfPresent',
      'rightsValidIfPresent',
      'canonicalValidIfPresent',
      'viaValidIfPresent'
    ]),
    ...assertions.map(({ name, level, id }) => compile(name, level, ref(id)))
  ]
  const collection: Check[] = [
    context('collections.json'),
    compile('id.json#idValueFound', 'must', ref('id.json#/definitions/idValueFound')),
    ...definitions('collections.json', [
      'annotationCollectionTypeValueFound',
      'labelDefinition',
      'totalDefinition',
      'firstValidIfPresent',
      'lastValidIfPresent',
      'firstRequiredIfTotalMoreThanZero'
    ]),
    ...definitions('otherProperties.json', [
      'createdValidIfPresent',
      'modifiedValidIfPresent',
      'rightsValidIfPresent'
    ])
  ]
  const page: Check[] = definitions('collections.json', [
    'annotationPageTypeValueFound',
    'startIndexDefinition',
    'itemsFound'
  ])
  return { annotation, collection, page }
}

export interface CheckResult {
  passed: number
  failed: { check: string; level: Level; errors: string[] }[]
}

export function runChecks(checks: Check[], value: unknown): CheckResult {
  const result: CheckResult = { passed: 0, failed: [] }
  for (const check of checks) {
    if (check.validate(value)) result.passed++
    else {
      const errors = (check.validate.errors ?? [])
        .slice(0, 3)
        .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
      result.failed.push({ check: check.name, level: check.level, errors })
    }
  }
  return result
}
