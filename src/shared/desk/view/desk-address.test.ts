import { describe, expect, it } from 'vitest'
import { deskAddressProblem } from './desk-address'

describe('deskAddressProblem', () => {
  it('accepts https anywhere and http on this computer only', () => {
    expect(deskAddressProblem('https://couch.example.org/newsdesk')).toBeNull()
    expect(deskAddressProblem('http://127.0.0.1:5984/newsdesk')).toBeNull()
    expect(deskAddressProblem('http://localhost:5984/newsdesk/')).toBeNull()
    expect(deskAddressProblem('http://couch.example.org/newsdesk')).toMatch(
      /needs https:\/\/\. Plain http:\/\/ is only/
    )
  })

  it('says what is missing or wrong in words', () => {
    expect(deskAddressProblem('  ')).toMatch(/^Enter the desk’s address/)
    expect(deskAddressProblem('couch newsdesk')).toMatch(/^That is not a web address/)
    expect(deskAddressProblem('ftp://couch.example.org/newsdesk')).toMatch(/starts with https:\/\//)
    expect(deskAddressProblem('https://ana:secret@couch.example.org/newsdesk')).toMatch(
      /Leave the name and password out/
    )
    expect(deskAddressProblem('https://couch.example.org/')).toMatch(/Add the database/)
  })
})
