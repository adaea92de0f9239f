import { describe, expect, it, vi } from 'vitest'

// notifications.ts reads the token through auth.ts, which needs a browser session: not for these tests
vi.mock('../src/auth', () => ({ accessToken: async () => null }))

const { applyEvent, inbox } = await import('../src/notifications')

const notice = (id: string) => ({
  id, kind: 'HELP_ESCALATED', kindLabel: '求助升级', urgent: true, title: '求助已升级到站长', body: '鼓楼驿站',
  link: null, stationId: null, at: '2026-11-28T10:00:00+08:00', read: false,
})

describe('the live stream of notifications', () => {
  it('takes the unread count from hello and counts each new message once', () => {
    applyEvent('data: {"type":"hello","unread":3}')
    expect(inbox.unread).toBe(3)
    const block = `data: ${JSON.stringify({ type: 'notification', notification: notice('n1') })}`
    applyEvent(block)
    applyEvent(block)
    expect(inbox.unread).toBe(4)
    expect(inbox.latest.map(n => n.id)).toEqual(['n1'])
  })

  it('ignores pings and blocks without data', () => {
    applyEvent('data: {"type":"ping"}')
    applyEvent(': comment only')
    expect(inbox.unread).toBe(4)
  })
})
