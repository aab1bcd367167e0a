/**
 * `npm run lint`'s check of the GitHub Actions workflows in .github/workflows (see
 * lib/workflow-check.ts). Prints each problem and exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkWorkflow } from './lib/workflow-check'

const folder = join('.github', 'workflows')
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name))
const problems = files.flatMap((name) => checkWorkflow(name, readFileSync(join(folder, name), 'utf8')))
for (const problem of problems) console.error(problem)
console.log(`Workflows: ${files.length} checked, ${problems.length} problems.`)
process.exit(problems.length || files.length === 0 ? 1 : 0)
