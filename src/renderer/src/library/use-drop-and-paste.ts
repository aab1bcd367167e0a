/**
 * Files dropped anywhere on the window are imported, and so is text pasted outside a text field:
 * plain text as a .txt article, a page's saved HTML source as an .html page. A lone web address
 * pasted, or a link dragged in from a browser, imports the page at that address.
 */
import { useEffect, useState } from 'react'
import { firstUriOfList, loneWebAddress } from '../../../shared/web/web-address'
import type { Importer } from './use-importer'

const looksLikeHtmlPage = (text: string): boolean => /^\s*(<!doctype html|<html[\s>])/i.test(text)

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

const carriesFiles = (event: DragEvent): boolean => Boolean(event.dataTransfer?.types.includes('Files'))
const carriesLink = (event: DragEvent): boolean =>
  Boolean(event.dataTransfer?.types.includes('text/uri-list'))

/** Answers whether a file is being dragged over the window, to show where it will go. */
export function useDropAndPaste(importer: Importer): boolean {
  const [dragging, setDragging] = useState(false)
  const { importFile, importText, importWebAddress } = importer

  useEffect(() => {
    let depth = 0
    // A link dragged within the window (from the article) is not an import.
    let dragFromPage = false
    const importable = (event: DragEvent): boolean =>
      carriesFiles(event) || (!dragFromPage && carriesLink(event))
    const start = (): void => {
      dragFromPage = true
    }
    const end = (): void => {
      dragFromPage = false
    }
    const enter = (event: DragEvent): void => {
      if (!importable(event)) return
      depth++
      setDragging(true)
    }
    const leave = (event: DragEvent): void => {
      if (!importable(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const over = (event: DragEvent): void => {
      if (importable(event)) event.preventDefault()
    }
    const drop = (event: DragEvent): void => {
      if (!importable(event)) return
      // The browser must never navigate to a dropped file or link.
      event.preventDefault()
      depth = 0
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      if (file) return void importFile(file)
      const url = firstUriOfList(event.dataTransfer?.getData('text/uri-list') ?? '')
      if (url) void importWebAddress(url)
    }
    const paste = (event: ClipboardEvent): void => {
      if (isEditable(event.target) || !event.clipboardData) return
      const file = event.clipboardData.files[0]
      const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text/html')
      if (!file && !text.trim()) return
      event.preventDefault()
      const url = file ? null : loneWebAddress(text)
      if (file) void importFile(file)
      else if (url) void importWebAddress(url)
      else void importText(looksLikeHtmlPage(text) ? 'Pasted page.html' : 'Pasted text.txt', text)
    }
    window.addEventListener('dragstart', start)
    window.addEventListener('dragend', end)
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    window.addEventListener('paste', paste)
    return () => {
      window.removeEventListener('dragstart', start)
      window.removeEventListener('dragend', end)
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
      window.removeEventListener('paste', paste)
    }
  }, [importFile, importText, importWebAddress])

  return dragging
}
