import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { isHeadingLine, parsePlainText } from './plain-text'

const sample = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')

describe('parsePlainText on the sample article (golden)', () => {
  const draft = parsePlainText(sample, 'sample-article.txt')

  it('takes the first line as the title, U.S. and all', () => {
    expect(draft.title).toBe(
      "Trump Pressures Ukraine for Concessions as Putin's War Escalates Under U.S. Policy Shift"
    )
  })

  it('finds the two headline lines and the five section headings, in order', () => {
    expect(draft.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      "Trump Urges Ukraine to Cede Land Amid Putin's Stalled Invasion",
      "Trump's Persistent Pressure on Ukraine Amid Putin's Escalating War Crimes",
      'Escalating Attacks and U.S. Policy Reversal',
      "Expert Analysis: Trump's Motivations and Putin's Strategy",
      'White House and Diplomatic Shifts',
      "Putin's Quagmire and Recruitment Crisis",
      "Historical Context and Trump's Putin Affinity"
    ])
  })

  it('lays out title, headings and paragraphs in this sequence', () => {
    expect(draft.blocks.map((block) => block.type[0]).join('')).toBe('thhphpphpphpphpphpp')
  })

  it('starts each paragraph where the file does', () => {
    const starts = draft.blocks.filter((block) => block.type === 'paragraph').map((b) => b.text.slice(0, 24))
    expect(starts).toEqual([
      'In a stark departure fro',
      'The conflict has intensi',
      "Trump's recent remarks u",
      "Analysts argue Trump's f",
      'Jim Townsend, a Pentagon',
      'White House press secret',
      'Secretary of State Marco',
      "Ironically, Trump's dema",
      'Putin has resorted to in',
      "Trump's long-standing af",
      'Trump continues to defen'
    ])
  })

  it('never makes a claim of the title or a heading', () => {
    const article = buildArticle(draft)
    const headingText = article.blocks.filter((block) => block.type !== 'paragraph')
    for (const claim of article.claims) {
      expect(headingText.some((block) => claim.start < block.end && claim.end > block.start)).toBe(false)
    }
  })
})

describe('isHeadingLine', () => {
  it('takes short lines without closing punctuation as headings', () => {
    expect(isHeadingLine('Markets in Turmoil')).toBe(true)
    expect(isHeadingLine('Markets fell sharply.')).toBe(false)
    expect(isHeadingLine('Markets fell sharply, and then:')).toBe(false)
  })

  it('keeps a title-cased line ending in an acronym a heading, but not a sentence', () => {
    expect(isHeadingLine('New Tariffs Hit the U.S.')).toBe(true)
    expect(isHeadingLine('They moved to the U.S.')).toBe(false)
  })

  it('takes a long line as prose even without a full stop', () => {
    expect(isHeadingLine('word '.repeat(30))).toBe(false)
  })
})

describe('parsePlainText', () => {
  it('joins wrapped lines of a paragraph and separates paragraphs at blank lines', () => {
    const draft = parsePlainText('Title\r\n\r\nFirst line\r\ngoes on.\r\n\r\nSecond.', 'x')
    expect(draft.blocks).toEqual([
      { type: 'title', text: 'Title' },
      { type: 'paragraph', text: 'First line goes on.' },
      { type: 'paragraph', text: 'Second.' }
    ])
  })
})
