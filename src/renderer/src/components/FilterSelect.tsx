/**
 * A filter's drop-down (the search bar's and All claims'): "Any …" first, then the choices. The
 * option lists the two share are here, so both offer the same statuses, kinds and desk states in
 * the same order and words.
 */
import { claimKinds, type ClaimKind } from '../../../shared/claims'
import { deskFilterLabel, deskFilters, type DeskFilter } from '../../../shared/desk/view/desk-filter'
import { claimStatuses, statusLabel, type ClaimStatus } from '../../../shared/status'
import { kindLabel } from '../claims/kind-label'

export interface FilterOption<T extends string> {
  value: T
  label: string
}

interface FilterSelectProps<T extends string> {
  label: string
  value: T
  /** The choice that filters nothing, shown first ("Any status"). */
  any: FilterOption<T>
  options: readonly FilterOption<T>[]
  onChange: (value: T) => void
}

export function FilterSelect<T extends string>({
  label,
  value,
  any,
  options,
  onChange
}: FilterSelectProps<T>) {
  return (
    <select
      className="select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
    >
      {[any, ...options].map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

export const anyStatus: FilterOption<'any'> = { value: 'any', label: 'Any status' }
/** Each verdict, then claims with none. */
export const statusOptions: readonly FilterOption<ClaimStatus | 'unreviewed'>[] = [
  ...claimStatuses.map((status) => ({ value: status, label: statusLabel[status] })),
  { value: 'unreviewed', label: 'No status' }
]

export const anyKind: FilterOption<'any'> = { value: 'any', label: 'Any kind' }
export const kindOptions: readonly FilterOption<ClaimKind>[] = claimKinds.map((kind) => ({
  value: kind,
  label: kindLabel[kind]
}))

/** Tags filter by name; '' is "Any tag". */
export const anyTag: FilterOption<''> = { value: '', label: 'Any tag' }
export const tagOptions = (tags: readonly string[]): FilterOption<string>[] =>
  tags.map((tag) => ({ value: tag, label: tag }))

export const anyDeskState: FilterOption<''> = { value: '', label: 'Any desk state' }
export const deskStateOptions: readonly FilterOption<DeskFilter>[] = deskFilters.map((filter) => ({
  value: filter,
  label: deskFilterLabel[filter]
}))
