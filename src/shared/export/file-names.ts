/**
 * Names for files going into one folder: each kept unless an earlier one (or one in `taken`, the
 * folder's existing files) has it, then numbered: `report.csv`, `report-2.csv`, …
 */
export function uniqueFileNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()))
  return names.map((name) => {
    const dot = name.indexOf('.')
    const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    for (let count = 2; used.has(candidate.toLowerCase()); count++) candidate = `${base}-${count}${extension}`
    used.add(candidate.toLowerCase())
    return candidate
  })
}
