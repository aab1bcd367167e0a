/** A half-open range of offsets into a text: what segmentation and list splitting both return. */
export interface Span {
  start: number
  end: number
}
