import { blobUrl } from './api'

/** Saves a file the API serves behind the token (posters, exports): a plain link would carry no token. */
export async function download(path: string, filename: string): Promise<void> {
  const url = await blobUrl(path)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  // the browser has taken the file once the click ran; keep the URL a while for slow save dialogs
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
