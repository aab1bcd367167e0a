/**
 * One line that says what the article's marks mean: the dotted underline (check-worthy), the ∑
 * chips (Claimcheck's own arithmetic, not a verdict), the margin bar (the reviewer's verdict) and
 * a tint (a highlight). Opened from the toolbar's Legend button.
 */
export function MarksLegend({ id, hidden }: { id: string; hidden: boolean }) {
  return (
    <p id={id} className="marks-legend" hidden={hidden} role="note" aria-label="Legend">
      <span className="marks-legend-item">
        <span className="legend-sample legend-sample--worthy">Dotted underline</span>: check-worthy
      </span>
      <span className="marks-legend-item">
        <span className="check-chips legend-sample">∑ =</span>: Claimcheck’s arithmetic, not a verdict
      </span>
      <span className="marks-legend-item">
        <span className="legend-sample legend-sample--verdict" />
        <span className="legend-sample">Bar and icon</span>: your verdict (a line’s bar shows its most severe)
      </span>
      <span className="marks-legend-item">
        <span className="legend-sample highlight highlight--blue">Tint</span>: your highlight
      </span>
    </p>
  )
}
