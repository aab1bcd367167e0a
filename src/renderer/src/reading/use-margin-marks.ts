import { useEffect, useState, type RefObject } from 'react'

/**
 * Marks drawn in a margin beside the article, measured from the page once a frame at most: again
 * when the article's own DOM changes (not the margins' drawing, which is a change too) or the page
 * resizes. The same marks keep the same state, so scrolling past unmarked claims redraws nothing.
 */
export function useMarginMarks<Mark>(
  pageRef: RefObject<HTMLElement | null>,
  measure: (page: HTMLElement) => Mark[],
  same: (shown: Mark[], measured: Mark[]) => boolean,
  watch: { attributes?: string[]; afterFonts?: boolean }
): Mark[] {
  const [marks, setMarks] = useState<Mark[]>([])
  const { attributes, afterFonts } = watch
  useEffect(() => {
    const page = pageRef.current
    if (!page) return
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const measured = measure(page)
        setMarks((shown) => (same(shown, measured) ? shown : measured))
      })
    }
    update()
    const mutations = new MutationObserver((records) => {
      const fromArticle = (node: Node) =>
        !(node instanceof Element ? node : node.parentElement)?.closest('.desk-margin, .verdict-margin')
      if (records.some((record) => fromArticle(record.target))) update()
    })
    mutations.observe(page, {
      subtree: true,
      childList: true,
      ...(attributes ? { attributeFilter: attributes } : {})
    })
    const resizes = new ResizeObserver(update)
    resizes.observe(page)
    if (afterFonts) void document.fonts?.ready.then(update)
    return () => {
      cancelAnimationFrame(frame)
      mutations.disconnect()
      resizes.disconnect()
    }
    // `measure` and `same` are read when a frame is drawn; a new `measure` (new marks) re-measures.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pageRef, measure])
  return marks
}
