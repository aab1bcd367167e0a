/**
 * The limits an annotation is held to, apart from the schemas that check them (change-schema.ts):
 * the reading view applies them too, and should not build the API's schemas to know them.
 */
export const MAX_NOTE_LENGTH = 100_000
export const MAX_TAG_LENGTH = 60
export const MAX_TAGS = 50
export const MAX_SOURCES = 500
export const MAX_URL_LENGTH = 8192
/** A status history longer than this is not something a person made. */
export const MAX_HISTORY = 10_000
