/**
 * The desk's rules, enforced by the server in `_design/claimcheck`'s `validate_doc_update`.
 *
 * Kept as a string of plain ES5, not built from a function's source: CouchDB runs the text itself
 * in its own JavaScript engine, and our build (esbuild/vite, TypeScript) may rename, downlevel or
 * minify a function, so its `toString()` in a bundle would not be the rules we tested.
 * `desk-rules.test.ts` evaluates this same string under Node; the server tests run it in
 * pouchdb-server over HTTP.
 *
 * Rules: a member writes only records that carry their own name (server admins pass); sign-offs and
 * assignments and the publishing settings (the rating scale, a claim's publishing details) need
 * the `editor` role; an article never changes once written; an event is never
 * changed or deleted; ids follow the records' content; unknown record types are refused; sizes
 * are bounded (a record of more than 4 MB of JSON is refused).
 */
export const DESK_DESIGN_ID = '_design/claimcheck'

/** Bumped when the rules change, so `claimcheck desk init` knows it upgraded them. */
export const DESK_RULES_VERSION = 2

export const MAX_DESK_RECORD_JSON = 4_000_000

export const validateDocUpdateSource = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(message) { throw ({ forbidden: message }); }
  var admin = has('_admin');
  var name = userCtx.name;
  if (!admin && !has('checker') && !has('editor')) refuse('Only desk members (checkers and editors) write to the desk.');
  if (oldDoc && oldDoc.type === 'event') refuse('History events are never changed or deleted.');
  if (oldDoc && oldDoc.type === 'article') refuse('A shared article cannot change once it is on the desk.');
  if (newDoc._deleted) {
    if (admin) return;
    refuse('Desk records are not deleted.');
  }
  if (JSON.stringify(newDoc).length > ${MAX_DESK_RECORD_JSON}) refuse('The record is too large for the desk.');
  function text(value, max) { return typeof value === 'string' && value.length <= max; }
  function id(value) { return text(value, 64) && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value); }
  function own(field) {
    if (!text(newDoc[field], 64)) refuse('The record does not say who wrote it.');
    if (!admin && newDoc[field] !== name) refuse('You can only write records in your own name (' + name + ').');
  }
  function editor() { if (!admin && !has('editor')) refuse('Only editors can do that.'); }
  if (newDoc.type === 'publishing-scale') {
    editor();
    own('editor');
    if (newDoc._id !== 'publishing:scale') refuse('The rating scale record must be publishing:scale.');
    if (!newDoc.ratingScale || typeof newDoc.ratingScale.length !== 'number') refuse('A rating scale needs its ratings.');
    return;
  }
  if (!id(newDoc.deskDocId)) refuse('The record does not name its desk document.');
  var doc = newDoc.deskDocId;
  switch (newDoc.type) {
    case 'article':
      own('sharedBy');
      if (newDoc._id !== 'article:' + doc) refuse('An article record must be article:<document>.');
      if (typeof newDoc.text !== 'string' || !newDoc.claims || typeof newDoc.claims.length !== 'number') refuse('An article needs its text and claims.');
      return;
    case 'review':
      own('member');
      if (newDoc._id !== 'review:' + doc + ':' + newDoc.member) refuse('A review record must be review:<document>:<member>.');
      if (typeof newDoc.claims !== 'object' || newDoc.claims === null) refuse('A review needs its claims.');
      return;
    case 'signoff':
      editor();
      own('editor');
      if (!text(newDoc.claimId, 10) || newDoc._id !== 'signoff:' + doc + ':' + newDoc.claimId) refuse('A sign-off record must be signoff:<document>:<claim>.');
      if (['verified', 'disputed', 'needs-source'].indexOf(newDoc.verdict) === -1) refuse('A sign-off needs a verdict: verified, disputed or needs-source.');
      return;
    case 'assignment':
      editor();
      own('by');
      if (newDoc._id !== 'assignment:' + doc) refuse('An assignment record must be assignment:<document>.');
      if (!text(newDoc.assignee, 64)) refuse('An assignment needs an assignee.');
      return;
    case 'event':
      own('member');
      if (oldDoc) refuse('History events are never changed or deleted.');
      if (newDoc._id.indexOf('event:' + doc + ':') !== 0) refuse('An event record must be event:<document>:<time>:<member>:<random>.');
      return;
    case 'claim-publishing':
      editor();
      own('editor');
      if (!text(newDoc.claimId, 10) || newDoc._id !== 'publishing:' + doc + ':' + newDoc.claimId) refuse('The publishing record of a claim must be publishing:<document>:<claim>.');
      if (typeof newDoc.details !== 'object' || newDoc.details === null) refuse('The publishing record of a claim needs its details.');
      return;
    default:
      refuse('A desk holds articles, reviews, sign-offs, assignments, events and publishing settings only.');
  }
}`
