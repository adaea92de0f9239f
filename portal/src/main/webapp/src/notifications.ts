// The bell's state 通知: the unread count and the newest messages, live over the service's SSE stream
// (read with fetch: an EventSource cannot send the bearer token), with polling as the fallback while
// the stream is closed and every minute anyway (quiet hours release held messages without an event).
import { reactive } from 'vue'
import { accessToken } from './auth'
import { api, post, type Page } from './api'

export interface Notice {
  id: string; kind: string; kindLabel: string; urgent: boolean; title: string; body: string
  link: string | null; stationId: string | null; at: string; read: boolean
}

export const inbox = reactive({ unread: 0, live: false, latest: [] as Notice[], started: false })

const POLL_MS = 60_000
const RETRY_MS = 5_000
let pollTimer: number | undefined
let stopped = false
let controller: AbortController | null = null

export async function refreshUnread(): Promise<void> {
  try {
    inbox.unread = (await api<{ unread: number }>('/api/v1/notifications/unread-count')).unread
  } catch { /* the next poll tries again */ }
}

export const listNotices = (unread: boolean, page: number, size = 20) =>
  api<Page<Notice>>(`/api/v1/notifications?unread=${unread}&page=${page}&size=${size}`)

export async function markRead(id: string): Promise<void> {
  inbox.unread = (await post<{ unread: number }>(`/api/v1/notifications/${encodeURIComponent(id)}/read`, {})).unread
  inbox.latest.forEach(n => { if (n.id === id) n.read = true })
}

export async function markAllRead(): Promise<void> {
  await post('/api/v1/notifications/read-all', {})
  inbox.unread = 0
  inbox.latest.forEach(n => { n.read = true })
}

/** Parses one SSE block ("data: {...}" lines) and applies it. */
export function applyEvent(block: string): void {
  const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n')
  if (!data) return
  const ev = JSON.parse(data) as { type: string; unread?: number; notification?: Notice }
  if (ev.type === 'hello' && typeof ev.unread === 'number') inbox.unread = ev.unread
  if (ev.type === 'notification' && ev.notification) {
    if (!inbox.latest.some(n => n.id === ev.notification!.id)) {
      inbox.latest.unshift(ev.notification)
      inbox.latest.splice(20)
      inbox.unread += 1
    }
  }
}

async function streamOnce(): Promise<void> {
  const token = await accessToken()
  controller = new AbortController()
  const res = await fetch('/api/v1/notifications/stream', {
    headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    signal: controller.signal,
  })
  if (!res.ok || !res.body) throw new Error(`stream ${res.status}`)
  inbox.live = true
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let cut
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      applyEvent(buffer.slice(0, cut))
      buffer = buffer.slice(cut + 2)
    }
  }
}

/** Keeps the stream open (it ends before the token does, then reconnects) and polls meanwhile. */
async function streamForever(): Promise<void> {
  while (!stopped) {
    try {
      await streamOnce()
    } catch { /* refused or cut: poll until the next try */ }
    inbox.live = false
    if (stopped) return
    await refreshUnread()
    await new Promise(r => setTimeout(r, RETRY_MS))
  }
}

export function startInbox(): void {
  if (inbox.started) return
  inbox.started = true
  stopped = false
  void refreshUnread()
  pollTimer = window.setInterval(() => void refreshUnread(), POLL_MS)
  void streamForever()
}

export function stopInbox(): void {
  stopped = true
  inbox.started = false
  controller?.abort()
  if (pollTimer) window.clearInterval(pollTimer)
}
