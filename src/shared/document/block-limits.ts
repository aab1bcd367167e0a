/**
 * How large a block's structure may be: kept free of zod so the reading view can read them without
 * loading the model's schemas (see model.ts, which checks every block against them).
 */

/** A table wider than this folds its extra cells into its last column. */
export const MAX_TABLE_COLUMNS = 64
/** A table longer than this goes on in a further table block, so the reading view places each part on its own. */
export const MAX_TABLE_ROWS = 500
/** The longest list marker kept ("•", "12.", "iv)"). */
export const MAX_LIST_MARKER = 12
/** How deep nested lists are indented at most. */
export const MAX_LIST_DEPTH = 8
