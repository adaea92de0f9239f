import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../src/escape'

describe('escapeHtml', () => {
  it('turns a script-bearing station name into inert text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">驿站'))
      .toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;驿站')
  })

  it('escapes the ampersand first, so an entity in a name shows as typed', () => {
    expect(escapeHtml('A&amp;B')).toBe('A&amp;amp;B')
  })

  it('escapes quotes and backticks for attribute contexts', () => {
    expect(escapeHtml(`'"\``)).toBe('&#39;&quot;&#96;')
  })

  it('leaves plain Chinese and English names unchanged and renders nothing for null', () => {
    expect(escapeHtml('五一广场驿站 Wuyi Square')).toBe('五一广场驿站 Wuyi Square')
    expect(escapeHtml(null)).toBe('')
  })
})
