import { onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { api, type Page } from '../api'
import { effectiveCity, selectedCity } from '../cityScope'

export interface PagedListOptions {
  /** rows per page (the services allow at most 200) */
  size?: number
  /** initial value of the `status` filter; '' sends none */
  status?: string
  /** send the console's city as `tenant` (lists whose API takes one) */
  tenant?: boolean
  /** more query parameters, read at every load */
  params?: () => Record<string, string | undefined>
}

/**
 * One paged admin list (`{items, page, size, total}` of docs/conventions.md §3): paging, loading,
 * error, a status filter and the city switch. Changing the status or the city goes back to page 1.
 */
export function usePagedList<T>(path: string, options: PagedListOptions = {}) {
  const size = options.size ?? 50
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)            // el-pagination counts from 1, the APIs from 0
  const status = ref(options.status ?? '')
  const { loading, error, run } = useLoading()

  const load = () => run(async () => {
    const q = new URLSearchParams({ page: String(page.value - 1), size: String(size) })
    if (status.value) q.set('status', status.value)
    if (options.tenant && effectiveCity()) q.set('tenant', effectiveCity())
    for (const [k, v] of Object.entries(options.params?.() ?? {})) if (v) q.set(k, v)
    const p = await api<Page<T>>(`${path}?${q}`)
    rows.value = p.items
    total.value = p.total
  })

  /** Runs an action on a row (usually after a prompt), then reloads; a closed prompt is no error. */
  async function act(action: () => Promise<unknown>, done?: () => void) {
    try {
      await action()
      done?.()
      await load()
    } catch (e) {
      if (e !== 'cancel' && e !== 'close') error.value = (e as Error).message
    }
  }

  function reset() {
    page.value = 1
    return load()
  }

  onMounted(load)
  watch([status, selectedCity], reset)
  return { rows: rows as Ref<T[]>, total, page, size, status, loading, error, load, reset, act }
}

/** An error message for a failed call; a closed prompt (`cancel`, `close`) is none. */
export function failure(error: Ref<string>) {
  return (e: unknown) => {
    if (e !== 'cancel' && e !== 'close') error.value = (e as Error).message ?? String(e)
  }
}

/** Loading flag and error message of a screen's loads: `run` clears the error when the work succeeds. */
export function useLoading() {
  const loading = ref(false)
  const error = ref('')
  async function run(work: () => Promise<unknown>) {
    loading.value = true
    try {
      await work()
      error.value = ''
    } catch (e) {
      failure(error)(e)
    } finally {
      loading.value = false
    }
  }
  return { loading, error, run }
}
