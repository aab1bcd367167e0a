/** The few entry points of the in-memory CouchDB test server's packages, which ship no types. */
declare module 'pouchdb-core' {
  interface PouchStatic {
    plugin(plugin: unknown): PouchStatic
    defaults(options: Record<string, unknown>): PouchStatic
  }
  const PouchDB: PouchStatic
  export default PouchDB
}
declare module 'pouchdb-adapter-memory'
declare module 'pouchdb-adapter-http'
declare module 'pouchdb-mapreduce'
declare module 'pouchdb-replication'
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http'
  function expressPouchDB(PouchDB: unknown, options: Record<string, unknown>): RequestListener
  export default expressPouchDB
}
