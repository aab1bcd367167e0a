import { describe, expect, it } from 'vitest'
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout'

/** A run of text at (x, y) in the size given; Helvetica-ish widths of half an em a character. */
const run = (str: string, x: number, y: number, fontSize = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * fontSize * 0.5,
  height: fontSize,
  fontSize
})

/** Lines set from the top of an A4 page, 12 points apart, at the left margin unless indented. */
function page(lines: Array<string | { text: string; x?: number; gap?: number; size?: number }>): PdfPage {
  let y = 760
  const items = lines.map((line) => {
    const { text, x = 72, gap = 0, size = 10 } = typeof line === 'string' ? { text: line } : line
    y -= 12 + gap
    return run(text, x, y, size)
  })
  return { width: 595, height: 842, items }
}

/** A paragraph's text set in lines of at most `width` characters, as a justified page would. */
const wrap = (text: string, width = 60): string[] =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

const BILLS =
  'Bills fell by 12% in April after the council voted on Tuesday to cut them, the first cut in a decade of rises that had doubled what a household pays.'
const LEAKS =
  'Leaks rose by a third in May, the utility said in its monthly report, blaming the cold spring and mains laid before the war that it has yet to replace.'
const RESERVOIR =
  'The reservoir was full in June for the first time in three summers, and the hosepipe ban that began last year was lifted a week later.'

const texts = (pages: PdfPage[], title?: string): string[] =>
  layoutPdf(pages, title).blocks.map((block) => `${block.type}: ${block.text}`)

describe('PDF layout: paragraphs', () => {
  it('joins the lines of a paragraph and starts another after a wider gap', () => {
    const pages = [
      page([
        'The council voted on Tuesday to cut',
        'household water bills by 12% from April.',
        { text: 'Opponents said the cut would delay', gap: 8 },
        'repairs to the reservoir.'
      ])
    ]
    expect(texts(pages)).toEqual([
      'paragraph: The council voted on Tuesday to cut household water bills by 12% from April.',
      'paragraph: Opponents said the cut would delay repairs to the reservoir.'
    ])
  })

  it('starts a paragraph at a first-line indent even without a gap', () => {
    const pages = [
      page([
        'The council voted on Tuesday to cut household',
        'water bills by 12% from April, the mayor said.',
        { text: 'Opponents said the cut would delay', x: 86 },
        'repairs to the reservoir by two years.'
      ])
    ]
    expect(texts(pages)).toEqual([
      'paragraph: The council voted on Tuesday to cut household water bills by 12% from April, the mayor said.',
      'paragraph: Opponents said the cut would delay repairs to the reservoir by two years.'
    ])
  })

  it('puts a space between runs set apart, and none between runs that touch', () => {
    const items = [run('Water', 72, 700), run('bills', 72 + 25 + 3, 700), run('rose.', 72 + 25 + 3 + 25, 700)]
    expect(texts([{ width: 595, height: 842, items }])).toEqual(['paragraph: Water billsrose.'])
  })
})

describe('PDF layout: words hyphenated at line ends', () => {
  it('joins a word broken at a line end and keeps a real compound’s hyphen', () => {
    const pages = [
      page([
        'The survey gathered infor-',
        'mation from a well-',
        'known group of self-',
        'employed farmers in the non-',
        'EU regions, through twenty-',
        'five decision-',
        'making rounds.',
        { text: 'Decision-making was slow.', gap: 8 }
      ])
    ]
    expect(texts(pages)[0]).toBe(
      'paragraph: The survey gathered information from a well-known group of self-employed farmers in the non-EU regions, through twenty-five decision-making rounds.'
    )
  })

  it('joins across a soft hyphen and keeps a hyphen before a number', () => {
    const pages = [page(['Cases of COVID-', '19 fell after the vacci\u00AD', 'nation drive.'])]
    expect(texts(pages)).toEqual(['paragraph: Cases of COVID-19 fell after the vaccination drive.'])
  })
})

describe('PDF layout: running headers, footers and page numbers', () => {
  const reportPage = (number: number, body: string): PdfPage => {
    const content = page(wrap(body))
    content.items.unshift(run('Riverside Water Authority — Annual Report 2024', 72, 800, 8))
    content.items.push(run(`Page ${number} of 3`, 280, 40, 8))
    return content
  }

  it('drops lines that repeat at the same edge of the pages, numbers aside', () => {
    const pages = [reportPage(1, BILLS), reportPage(2, LEAKS), reportPage(3, RESERVOIR)]
    expect(texts(pages)).toEqual([`paragraph: ${BILLS}`, `paragraph: ${LEAKS}`, `paragraph: ${RESERVOIR}`])
  })

  it('drops a lone page number at the foot of a page but keeps a body line that repeats mid-page', () => {
    const first = page([...wrap(BILLS), { text: 'See the table below.', gap: 8 }, ...wrap(LEAKS)])
    first.items.push(run('iv', 290, 40))
    const second = page([...wrap(RESERVOIR), { text: 'See the table below.', gap: 8 }, ...wrap(BILLS)])
    second.items.push(run('7', 290, 40))
    expect(texts([first, second])).toEqual([
      `paragraph: ${BILLS}`,
      'paragraph: See the table below.',
      `paragraph: ${LEAKS}`,
      `paragraph: ${RESERVOIR}`,
      'paragraph: See the table below.',
      `paragraph: ${BILLS}`
    ])
  })

  it('keeps headings that open several pages, though they differ only in their numbers', () => {
    const pages = [BILLS, LEAKS, RESERVOIR].map((text, index) =>
      page([{ text: `Session ${index + 1}`, size: 14 }, ...wrap(text)])
    )
    // The first page's largest type is the title; the other headings stay headings.
    const layout = layoutPdf(pages)
    expect(layout.title).toBe('Session 1')
    expect(layout.blocks.map((block) => `${block.type}: ${block.text}`)).toEqual([
      `paragraph: ${BILLS}`,
      'heading: Session 2',
      `paragraph: ${LEAKS}`,
      'heading: Session 3',
      `paragraph: ${RESERVOIR}`
    ])
  })

  it('continues a paragraph over a page break when its sentence does, and not when it ended', () => {
    const lines = wrap(BILLS)
    const first = page([...wrap(LEAKS), { text: lines[0]!, gap: 8 }])
    const second = page([...lines.slice(1), ...wrap(RESERVOIR)])
    second.items.at(-wrap(RESERVOIR).length)!.x += 12
    expect(texts([first, second])).toEqual([
      `paragraph: ${LEAKS}`,
      `paragraph: ${BILLS}`,
      `paragraph: ${RESERVOIR}`
    ])
  })
})

describe('PDF layout: headings and title', () => {
  it('takes headings from larger type and the title from the largest on the first page', () => {
    const pages = [
      page([
        { text: 'Water Bills in Riverside', size: 22 },
        { text: 'What changed', size: 14, gap: 10 },
        { text: 'Bills fell by 12% in April after the council', gap: 4 },
        'voted to cut them.',
        { text: 'What comes next', size: 14, gap: 10 },
        { text: 'Repairs start in June.', gap: 4 }
      ])
    ]
    const layout = layoutPdf(pages)
    expect(layout.title).toBe('Water Bills in Riverside')
    expect(layout.blocks.map((block) => `${block.type}: ${block.text}`)).toEqual([
      'heading: What changed',
      'paragraph: Bills fell by 12% in April after the council voted to cut them.',
      'heading: What comes next',
      'paragraph: Repairs start in June.'
    ])
  })

  it('joins a heading set on two lines', () => {
    const pages = [
      page([
        { text: 'Water Bills in Riverside', size: 22 },
        { text: 'Bills fell by 12% in April.', gap: 10 },
        { text: 'What the council decided', size: 14, gap: 10 },
        { text: 'and why', size: 14 },
        { text: 'It voted on Tuesday.', gap: 4 },
        ...wrap(LEAKS)
      ])
    ]
    expect(texts(pages)).toContain('heading: What the council decided and why')
  })

  it('prefers the metadata title, keeping a different first-page headline as a heading', () => {
    const pages = [
      page([
        { text: 'Summary', size: 18 },
        { text: 'Bills fell by 12% in April.', gap: 6 }
      ])
    ]
    const layout = layoutPdf(pages, 'Riverside Water Report 2024')
    expect(layout.title).toBe('Riverside Water Report 2024')
    expect(layout.blocks[0]).toEqual({ type: 'heading', text: 'Summary' })
  })

  it('does not repeat a first-page headline that is the metadata title', () => {
    const pages = [
      page([
        { text: 'Water Bills', size: 18 },
        { text: 'Bills fell by 12% in April.', gap: 6 }
      ])
    ]
    const layout = layoutPdf(pages, 'Water bills')
    expect(layout.title).toBe('Water bills')
    expect(layout.blocks).toEqual([{ type: 'paragraph', text: 'Bills fell by 12% in April.' }])
  })

  it('ignores a metadata title that is only a file name', () => {
    const pages = [
      page([
        { text: 'Water Bills', size: 18 },
        { text: 'Bills fell by 12% in April.', gap: 6 }
      ])
    ]
    expect(layoutPdf(pages, 'Microsoft Word - draft3.docx').title).toBe('Water Bills')
  })

  it('gives way to the largest type for placeholders and addresses, and drops a site suffix', () => {
    const pages = [
      page([
        { text: 'Water Bills', size: 18 },
        { text: 'Bills fell by 12% in April.', gap: 6 }
      ])
    ]
    for (const placeholder of [
      'about:blank',
      'https://ledger.example/water-bills',
      'Untitled',
      'bills.html'
    ]) {
      expect(layoutPdf(pages, placeholder).title).toBe('Water Bills')
    }
    expect(layoutPdf(pages, 'Water bills fell in April - Daily Ledger').title).toBe(
      'Water bills fell in April'
    )
    expect(layoutPdf(pages, 'Water bills fell in April | The Daily Ledger').title).toBe(
      'Water bills fell in April'
    )
    expect(layoutPdf(pages, 'Water bills: spring to autumn - a review').title).toBe(
      'Water bills: spring to autumn - a review'
    )
  })

  it('has no title when all the type is one size and there is no metadata', () => {
    expect(layoutPdf([page(['Bills fell by 12% in April.'])]).title).toBeNull()
  })
})

describe('PDF layout: two columns', () => {
  /** A page with a headline across both columns, then two columns of lines side by side. */
  function twoColumnPage(left: string[], right: string[]): PdfPage {
    const items = [run('Two Columns of Water News', 72, 780, 20)]
    left.forEach((text, index) => items.push(run(text, 72, 740 - index * 12)))
    right.forEach((text, index) => items.push(run(text, 310, 740 - index * 12)))
    return { width: 595, height: 842, items }
  }

  it('reads the left column to its end before the right one', () => {
    const pages = [
      twoColumnPage(
        ['Bills fell by 12% in April', 'after the council voted to', 'cut them on Tuesday.'],
        ['Leaks rose by a third in', 'May, the utility said in', 'its monthly report.']
      )
    ]
    const layout = layoutPdf(pages)
    expect(layout.title).toBe('Two Columns of Water News')
    expect(layout.blocks.map((block) => block.text)).toEqual([
      'Bills fell by 12% in April after the council voted to cut them on Tuesday.',
      'Leaks rose by a third in May, the utility said in its monthly report.'
    ])
  })

  it('carries a sentence over from the left column to the right', () => {
    const pages = [
      twoColumnPage(
        ['Bills fell by 12% in April', 'after the council voted to', 'cut them, and leaks rose by'],
        ['a third in May, the utility', 'said in its monthly report', 'on Friday morning.']
      )
    ]
    expect(layoutPdf(pages).blocks.map((block) => block.text)).toEqual([
      'Bills fell by 12% in April after the council voted to cut them, and leaks rose by a third in May, the utility said in its monthly report on Friday morning.'
    ])
  })

  it('keeps a single column whole when its lines cross the middle of the page', () => {
    const pages = [
      page([
        'Bills fell by 12% in April after the council voted to cut them on',
        'Tuesday, while leaks rose by a third in May, the utility said.'
      ])
    ]
    expect(texts(pages)).toEqual([
      'paragraph: Bills fell by 12% in April after the council voted to cut them on Tuesday, while leaks rose by a third in May, the utility said.'
    ])
  })
})

describe('PDF layout: no text layer', () => {
  it('counts no characters on pages without text', () => {
    const empty: PdfPage = { width: 595, height: 842, items: [run('   ', 72, 700)] }
    expect(layoutPdf([empty, empty])).toEqual({ title: null, blocks: [], characters: 0 })
  })
})

/** A line at (x, y) in the size given, marked as a tagged figure's own text when `inFigure`. */
const at = (text: string, x: number, y: number, fontSize = 10, inFigure = false): PdfTextItem => ({
  ...run(text, x, y, fontSize),
  ...(inFigure ? { inFigure } : {})
})

/** Lines from `top` down, `step` apart, 10-point type at the left margin. */
const linesFrom = (texts: string[], top: number, step = 12): PdfTextItem[] =>
  texts.map((text, index) => at(text, 72, top - index * step))

describe('PDF layout: figures and captions', () => {
  it('reads small type under a picture’s room as a caption, and the text after it as the body', () => {
    const items = [
      ...linesFrom(wrap(LEAKS), 760),
      // A photograph takes 160 points; its caption is 8-point type under it.
      at('The Hollins reservoir in June, full for the first time', 72, 560, 8),
      at('in three summers.', 72, 550, 8),
      ...linesFrom(wrap(RESERVOIR), 525)
    ]
    expect(texts([{ width: 595, height: 842, items }])).toEqual([
      `paragraph: ${LEAKS}`,
      'caption: The Hollins reservoir in June, full for the first time in three summers.',
      `paragraph: ${RESERVOIR}`
    ])
  })

  it('reads a labelled caption in small type as one even without room above it', () => {
    const items = [
      ...linesFrom(wrap(LEAKS), 760),
      at('Figure 2: Leaks by month, 2023', 72, 712, 8),
      ...linesFrom(wrap(RESERVOIR), 690)
    ]
    expect(texts([{ width: 595, height: 842, items }])[1]).toBe('caption: Figure 2: Leaks by month, 2023')
  })

  it('keeps a chart’s scattered labels out of the paragraphs, as one caption, and its caption after', () => {
    const labels = [
      at('Leaks', 120, 700, 7),
      at('400', 80, 680, 7),
      at('200', 80, 640, 7),
      at('Jan', 110, 610, 7),
      at('Mar', 200, 610, 7),
      at('May', 290, 610, 7)
    ]
    const items = [
      ...linesFrom(wrap(LEAKS), 760),
      ...labels,
      at('Leaks reported each month.', 72, 590, 8),
      ...linesFrom(wrap(RESERVOIR), 565)
    ]
    expect(texts([{ width: 595, height: 842, items }])).toEqual([
      `paragraph: ${LEAKS}`,
      'caption: Leaks 400 200 Jan Mar May',
      'caption: Leaks reported each month.',
      `paragraph: ${RESERVOIR}`
    ])
  })

  it('leaves out the text a tagged PDF marks as a figure’s own', () => {
    const items = [
      ...linesFrom(wrap(LEAKS), 760),
      at('Monthly leaks (thousands)', 120, 700, 10, true),
      at('A chart of leaks rising from January to May in every district.', 72, 660, 10, true),
      at('Leaks rose each month.', 72, 630, 8),
      ...linesFrom(wrap(RESERVOIR), 605)
    ]
    expect(texts([{ width: 595, height: 842, items }])).toEqual([
      `paragraph: ${LEAKS}`,
      'caption: Leaks rose each month.',
      `paragraph: ${RESERVOIR}`
    ])
  })

  it('leaves a footnote in small type at a page’s foot a paragraph, not a caption', () => {
    const items = [
      ...linesFrom(wrap(LEAKS), 760),
      at('1 Figures from the utility’s monthly report, May 2024.', 72, 560, 8)
    ]
    expect(texts([{ width: 595, height: 842, items }]).at(-1)).toBe(
      'paragraph: 1 Figures from the utility’s monthly report, May 2024.'
    )
  })
})

/** Two sentences that each fill a line, as justified text can: the second line ends a sentence. */
const FULL = [
  'Bills fell by 12% in April, the council said on Tuesday.',
  'The cut is the first of its kind in more than ten years.'
]

/**
 * A page of paragraphs set from the top: with `indent`, each paragraph's first line is indented
 * and there is no space between them; without, paragraphs are set 8 points apart.
 */
function setPage(paragraphs: string[][], indent: boolean): PdfPage {
  const items: PdfTextItem[] = []
  let y = 760
  for (const lines of paragraphs) {
    lines.forEach((text, index) => {
      items.push(at(text, indent && index === 0 ? 86 : 72, y))
      y -= 12
    })
    if (!indent) y -= 8
  }
  return { width: 595, height: 842, items }
}

describe('PDF layout: a paragraph ending on a full line at a page’s foot', () => {
  const body = [wrap(LEAKS), wrap(RESERVOIR)]
  /** Page 1 ends with FULL at its foot; page 2 opens with `opening`, then more paragraphs. */
  const twoPages = (opening: string, indent: boolean, openingIndented = false): string[] => {
    // Page 2 opens differently from page 1: lines repeating at the tops of pages are running heads.
    const second = setPage([[opening], wrap(BILLS), wrap(RESERVOIR)], indent)
    if (!openingIndented) second.items[0]!.x = 72
    return texts([setPage([...body, FULL], indent), second])
  }

  it('where paragraphs are set apart by space, starts anew when the next page opens with a capital', () => {
    expect(twoPages('No new charge is planned this year.', false)).toEqual([
      `paragraph: ${LEAKS}`,
      `paragraph: ${RESERVOIR}`,
      `paragraph: ${FULL.join(' ')}`,
      'paragraph: No new charge is planned this year.',
      `paragraph: ${BILLS}`,
      `paragraph: ${RESERVOIR}`
    ])
  })

  it('carries on when the next page opens in lower case, or the sentence runs over', () => {
    expect(twoPages('and water rates will follow, he said.', false)[2]).toBe(
      `paragraph: ${FULL.join(' ')} and water rates will follow, he said.`
    )
    const runningOver = setPage([...body, [FULL[0]!, 'The cut is the first of its kind in more than']], false)
    const second = setPage([['ten years, the mayor said.'], wrap(BILLS), wrap(RESERVOIR)], false)
    expect(texts([runningOver, second])[2]).toBe(
      `paragraph: ${FULL[0]} The cut is the first of its kind in more than ten years, the mayor said.`
    )
  })

  it('where paragraphs start with an indent, follows the indent whatever the capital', () => {
    expect(twoPages('It was approved by 9 votes to 4.', true)[2]).toBe(
      `paragraph: ${FULL.join(' ')} It was approved by 9 votes to 4.`
    )
    expect(twoPages('It was approved by 9 votes to 4.', true, true)[3]).toBe(
      'paragraph: It was approved by 9 votes to 4.'
    )
  })

  it('starts anew after a page that ended early, the room of its last lines unused', () => {
    const early = setPage([wrap(LEAKS), FULL], true)
    const next = setPage([['It was approved by 9 votes to 4.'], ...body, wrap(BILLS)], true)
    next.items[0]!.x = 72
    expect(texts([early, next])[2]).toBe('paragraph: It was approved by 9 votes to 4.')
  })
})
