// Browser scenarios against a running stack, driven by playwright-core with the machine's Chromium
// (Debian's package; Playwright never downloads a browser here). system-tests' PortalBrowserIT runs
// one scenario per call and checks the exit code; by hand:
//   PORTAL_URL=http://localhost:8080 node e2e/portal.e2e.mjs admin-map
// Environment: PORTAL_URL, CHROMIUM (default: chromium on PATH), SCREENSHOT_DIR (default ./target-e2e),
// and per scenario the data the IT prepared (STATION_NAME, STATION_ID, WORKER_STATION_ID, WORKER_LAT/LON, NEW_STATION_NAME,
// ROUTE_STATION, SHIFT_STATION, SHIFT_DAY, QR_LINK, WISH_STATION, WISH_TEXT, POSTER_URL, NEW_MOBILE, ...);
// DOCS_IMG, when set, receives the screenshots committed under docs/img.
import { chromium } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { consoleScenarios } from './console.e2e.mjs'
import { matrixScenarios } from './matrix.e2e.mjs'
import { lockerScenarios } from './lockers.e2e.mjs'
import { volunteerDeskScenarios } from './volunteer-desks.e2e.mjs'
import { notificationScenarios } from './notifications.e2e.mjs'

const portal = (process.env.PORTAL_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const shots = process.env.SCREENSHOT_DIR ?? 'target-e2e'
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 30000)
mkdirSync(shots, { recursive: true })

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('chromium is not installed: apt-get install -y chromium (./platform test does it when run as root)')
  }
}

let current = null   // the page of the running scenario, screenshotted when it fails
async function open(browser, options) {
  current = await (await browser.newContext(options)).newPage()
  return current
}

// a phone: mobile viewport with touch, and the position the browser reports when one is given
function phone(browser, at) {
  const where = at ? { geolocation: { latitude: at.lat, longitude: at.lon }, permissions: ['geolocation'] } : {}
  return open(browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, ...where })
}
const workerAt = () => ({ lat: Number(process.env.WORKER_LAT ?? 26.0745), lon: Number(process.env.WORKER_LON ?? 119.2965) })

function check(condition, message) {
  if (!condition) throw new Error(message)
}

async function login(page, user) {
  // the portal sends an anonymous visitor to Keycloak (authorization code + PKCE)
  await page.waitForSelector('#username', { timeout })
  await page.fill('#username', user)
  await page.fill('#password', process.env.DEMO_PASSWORD ?? 'demo')
  await page.click('#kc-login')
}

// Element Plus fades a loading mask out after the data came: wait for it before a screenshot.
const settled = page => page.waitForFunction(() => ![...document.querySelectorAll('.el-loading-mask')]
  .some(m => m.offsetParent !== null && getComputedStyle(m).opacity !== '0'), null, { timeout })


// A page at 390×844 (the phone viewport) into the screenshots and, when DOCS_IMG is set, docs/img.
async function doc(page, name) {
  await settled(page)
  // Element Plus zooms tags in on appear: wait for running transitions so the text is legible
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'), null, { timeout })
  await page.screenshot({ path: join(shots, name) })
  if (process.env.DOCS_IMG) await page.screenshot({ path: join(process.env.DOCS_IMG, name) })
}

// An Element Plus select: open it, then the option with this text (options live in a teleported popper).
// Picks an option of an Element Plus select. A dropdown that is still fading out after the previous
// choice also holds visible options (two time selects side by side both offer 06:00), so wait until
// every dropdown is closed before opening this one, and pick inside the open one only.
async function choose(page, testid, text) {
  await dropdownsClosed(page)
  await page.getByTestId(testid).click()
  await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: text }).first().click()
  await dropdownsClosed(page)
}

// A remote select (a station looked up by name): the picked option must show in the select, not only
// be clicked, so a list replaced under the pointer fails here instead of at a disabled submit later.
async function pickRemote(page, testid, text) {
  await page.getByTestId(testid).click()
  await page.keyboard.type(text)
  await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: text }).first().click()
  await page.getByTestId(testid).filter({ hasText: text }).waitFor({ timeout })
}

async function dropdownsClosed(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.el-select__popper')]
    .every(p => getComputedStyle(p).display === 'none'), null, { timeout })
}

// The narrowest phone the pages are made for: nothing may stick out sideways at 360 px.
async function fits360(page) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 360, height: 740 })
  const wide = await page.evaluate(() => document.documentElement.scrollWidth)
  await page.setViewportSize(size)
  check(wide <= 360, `the page is ${wide} px wide at a 360 px viewport`)
}

const deskField = (page, id, tag) => page.locator(`[data-testid=${id}] ${tag}, ${tag}[data-testid=${id}]`).first()

const need = name => { const v = process.env[name]; check(v, `${name} is set by the IT`); return v }

const CHARTS = ['chart-programme', 'chart-cards', 'chart-satisfaction', 'chart-lockers', 'chart-volunteers', 'chart-usage']

const scenarios = {
  // A city admin sees their city's stations as markers on the map (outline base map, no tiles).
  async 'admin-map'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 860 } })
    await page.goto(`${portal}/admin/map`)
    await login(page, 'fuzhou-admin')
    await page.waitForURL(`${portal}/admin/map`, { timeout })
    await page.waitForSelector('.station-marker', { timeout })
    const markers = await page.locator('.station-marker').count()
    const expected = Number(process.env.MIN_MARKERS ?? 1)
    check(markers >= expected, `expected at least ${expected} station markers, saw ${markers}`)
    // the last marker is drawn last, so no neighbour lies on top of it to take the pointer
    await page.locator('.station-marker').last().hover()
    const tooltip = await page.locator('.leaflet-tooltip').first().textContent({ timeout })
    check(tooltip && tooltip.length > 0, 'a marker shows the station name on hover')
    check((await page.getByTestId('own-city').textContent()).includes('福州'), 'the header names the admin\'s city')
    await page.screenshot({ path: join(shots, 'admin-map.png') })
    // 24-hour only: the map asks the API with the filter, and the figure shown is the API's answer,
    // fewer than before (the clusters at city zoom count only the stations that pass)
    const shownCount = async () => Number((await page.getByTestId('map-summary').textContent()).match(/\d+/)?.[0] ?? NaN)
    const before = await shownCount()
    const filtered = page.waitForResponse(r => r.url().includes('/api/v1/stations/map?') && r.url().includes('open24h=true'), { timeout })
    await page.getByTestId('map-open24h').click()
    const answer = await (await filtered).json()
    await page.waitForFunction(n => document.querySelector('[data-testid=map-summary]')?.textContent?.includes(String(n)), answer.total, { timeout })
    check(answer.total > 0 && answer.total < before, `24-hour only: the API counted ${answer.total} of the ${before} shown before`)
    check(await shownCount() === answer.total, `the map shows the API's count (${answer.total})`)
    console.log(`admin-map: ${markers} markers; 24-hour only ${answer.total} of ${before}`)
  },

  // A station renamed to an XSS payload shows on the map as text: no script runs, no <img> is made,
  // and the CSP reports nothing it had to block (the escaping, not the policy, kept it inert).
  async 'admin-map-xss'(browser) {
    const payload = process.env.XSS_NAME
    check(payload, 'XSS_NAME names the hostile station')
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 860 } })
    const violations = []
    page.on('console', m => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()) })
    page.on('dialog', d => { violations.push(`dialog: ${d.message()}`); d.dismiss() })
    await page.goto(`${portal}/admin/map`)
    await login(page, 'fuzhou-admin')
    await page.waitForURL(`${portal}/admin/map`, { timeout })
    await page.waitForSelector('.station-marker', { timeout })
    // Markers may lie on top of each other, so a pointer hover can land on a neighbour: tell every
    // marker the pointer arrived (Leaflet opens a tooltip per marker) and read all tooltips.
    await page.locator('.station-marker').evaluateAll(els => els.forEach(el =>
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, cancelable: true, view: window }))))
    await page.locator('.leaflet-tooltip').first().waitFor({ timeout })
    const texts = await page.locator('.leaflet-tooltip').allTextContents()
    const shown = texts.find(t => t.includes(payload)) ?? null
    check(shown, `a marker's tooltip shows the hostile name literally (${payload})`)
    check(await page.locator('.leaflet-tooltip img').count() === 0, 'no element was made from the name')
    check(await page.evaluate(() => window.__xss === undefined), 'the payload did not run')
    check(await page.evaluate(() => sessionStorage.length === 0 || !Object.keys(sessionStorage).some(k => k.startsWith('oidc.user:'))),
      'the token is not in sessionStorage where the payload could read it')
    check(violations.length === 0, `nothing for the CSP to block: ${violations.join(' | ')}`)
    await page.screenshot({ path: join(shots, 'admin-map-xss.png') })
    console.log('admin-map-xss: the hostile name rendered as text')
  },

  // A city admin registers a station through the form and finds it in the list.
  async 'admin-register'(browser) {
    const name = process.env.NEW_STATION_NAME ?? `浏览器登记驿站-${Date.now()}`
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/stations/new`)
    await login(page, 'fuzhou-admin')
    await page.waitForSelector('[data-testid=station-form]', { timeout })
    await page.fill('input[name=name]', name)
    await page.fill('input[name=address]', '福州市台江区工业路 100 号')
    await page.fill('input[name=district]', '台江区')
    await page.fill('input[name=contactName]', '林师傅')
    await page.fill('input[name=contactPhone]', '13800001234')
    await page.getByTestId('station-submit').click()
    await page.waitForURL(/\/admin\/stations\/[0-9a-f-]{36}$/, { timeout })
    const detail = await page.getByTestId('station-detail').textContent({ timeout })
    check(detail.includes(name) && detail.includes('规划中'), `the detail shows the new station as planned: ${detail}`)
    // open it: the detail offers only the moves the station's life cycle allows
    await page.getByTestId('move-OPEN').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await page.getByTestId('station-detail').getByText('运营中').waitFor({ timeout })
    check(await page.getByTestId('move-SUSPENDED').isVisible(), 'an open station can be suspended next')
    await page.screenshot({ path: join(shots, 'admin-register-detail.png') })

    await page.goto(`${portal}/admin/stations`)
    // Element Plus puts the attributes of <el-input> on its inner <input>
    await page.getByTestId('station-search').fill(name.slice(0, 8))
    const row = page.getByTestId('station-table').getByRole('link', { name })
    await row.waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'admin-station-list.png') })
    console.log(`admin-register: ${name} registered and found`)
  },

  // A worker finds the station near them, reserves a free item and sees the pickup code and QR.
  async 'worker-reserve'(browser) {
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/nearby`)
    await login(page, 'worker1')
    await page.waitForURL(`${portal}/worker/nearby`, { timeout })
    const station = page.getByTestId('nearby-station').filter({ hasText: process.env.STATION_NAME ?? '' }).first()
    await station.waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'worker-nearby.png') })
    // the 24-hour filter is the search API's: this station posts no 24-hour service, so it goes
    await page.getByTestId('filter-24h').click()
    await station.waitFor({ state: 'detached', timeout })
    await page.getByTestId('filter-24h').click()
    await station.waitFor({ timeout })
    await station.click()
    await page.getByTestId('reserve').first().click()
    const code = (await page.getByTestId('pickup-code').textContent({ timeout })).trim()
    check(/^\d{6}$/.test(code), `a six-digit pickup code, got '${code}'`)
    await page.getByTestId('pickup-qr').waitFor({ timeout })
    const qrSrc = await page.getByTestId('pickup-qr').getAttribute('src')
    check(qrSrc && qrSrc.startsWith('data:image/png'), 'the QR is drawn in the page (no external service)')
    await page.screenshot({ path: join(shots, 'worker-pickup-code.png'), fullPage: true })

    // and rates the station from its page
    await page.locator('.el-rate__item').nth(3).click()
    await page.getByTestId('rate-comment').fill('热水很方便，谢谢 / hot water, thanks')
    await page.getByTestId('rate-submit').click()
    await page.getByTestId('rated').waitFor({ timeout })

    // reports a problem with the station (the city's admins answer it in their queue)
    await page.getByTestId('report-note').fill('门口指示牌被挡住了 / the sign at the door is hidden')
    await page.getByTestId('report-submit').click()
    await page.getByTestId('reported').waitFor({ timeout })

    // and finds the reservation, code included, among their own
    await page.getByTestId('my-reservations').click()
    const mine = page.getByTestId('my-reservation').filter({ hasText: code })
    await mine.waitFor({ timeout })
    // with its QR for the locker's scanner, drawn in the page as on the station page
    check((await mine.getByTestId('my-pickup-qr').getAttribute('src', { timeout })).startsWith('data:image/png'), 'the pickup QR under my reservations')
    await doc(page, 'worker-my-reservations.png')
    console.log(`worker-reserve: pickup code ${code}, station rated and reported, reservation listed`)
  },

  // A city admin answers a worker's report and sees the city's lockers with their stock.
  async 'admin-queues'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 860 } })
    await page.goto(`${portal}/admin/reports`)
    await login(page, 'fuzhou-admin')
    const note = process.env.REPORT_NOTE ?? ''
    const row = page.getByTestId('report-table').locator('tr', { hasText: note })
    await row.first().waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'admin-reports.png') })
    await row.first().getByRole('button', { name: '已解决' }).click()
    await page.locator('.el-message-box__input input').fill('已联系站点更换指示牌 / the sign is being replaced')
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await row.first().waitFor({ state: 'detached', timeout })

    await page.goto(`${portal}/admin/lockers`)
    const locker = page.getByTestId('locker-table').locator('tr', { hasText: process.env.LOCKER_NAME ?? '' }).first()
    await locker.waitFor({ timeout })
    await locker.locator('.el-table__expand-icon').click()
    await page.getByTestId('locker-table').getByText(process.env.ITEM_NAME ?? '', { exact: true }).first().waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'admin-lockers.png') })

    await page.goto(`${portal}/admin/feedback`)
    await page.getByRole('tab', { name: '金点子' }).click()
    const idea = page.getByTestId('idea-table').locator('tr', { hasText: process.env.IDEA_TITLE ?? '' }).first()
    await idea.waitFor({ timeout })
    await idea.getByRole('button', { name: '已受理' }).click()
    await page.locator('.el-message-box__input input').fill('已转交站点研究 / passed to the station to look into')
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await idea.waitFor({ state: 'detached', timeout })
    console.log('admin-queues: report answered, locker stock shown, idea acknowledged')
  },

  // A city admin sees the yellow card an inspection issued, with the rule that fired and its evidence.
  async 'evaluation-cards'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 860 } })
    await page.goto(`${portal}/admin/evaluation`)
    await login(page, 'fuzhou-admin')
    const row = page.getByTestId('card-table').locator('tr', { hasText: '检查基础项未达标' }).first()
    await row.waitFor({ timeout })
    check((await row.textContent()).includes('黄牌'), 'the card is yellow')
    await row.locator('.el-table__expand-icon').click()
    await page.getByTestId('card-table').getByText('"baseItemsNotMet"', { exact: false }).first().waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'admin-evaluation.png') })
    // 试运行: what tonight's run would do, shown without changing anything.
    await page.getByTestId('dry-run').click()
    const counts = await page.getByTestId('dry-run-counts').textContent({ timeout })
    check(/考评 \d+ 个驿站/.test(counts), `the dry run reports its counts, got '${counts}'`)
    console.log('evaluation-cards: the yellow card and its evidence are shown; the dry run reports: ' + counts)
  },

  // A city admin opens a station's scorecard (考评卡): score, signals and the weekly-usage chart.
  async 'admin-scorecard'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/stations/${process.env.STATION_ID}`)
    await login(page, 'fuzhou-admin')
    await page.getByTestId('open-scorecard').click()
    await page.waitForURL(/\/admin\/evaluation\/stations\/[0-9a-f-]{36}$/, { timeout })
    const name = await page.getByTestId('scorecard-name').textContent({ timeout })
    check(name.includes(process.env.STATION_NAME ?? ''), `the scorecard names the station, got '${name}'`)
    await page.getByTestId('scorecard-score').waitFor({ timeout })
    await page.getByTestId('scorecard-usage').locator('canvas').first().waitFor({ timeout })
    check(await page.getByTestId('scorecard').locator('.el-alert--error').count() === 0, 'the scorecard loads without an error')
    await page.waitForTimeout(600)   // chart entry animation
    await page.screenshot({ path: join(shots, 'admin-scorecard.png'), fullPage: true })
    console.log('admin-scorecard: score, signals and usage chart shown')
  },

  // A city admin sees a short-staffed shift in red on the duty calendar (week and month) and
  // publishes a worker's micro-wish from the review queue.
  async 'admin-shifts'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/shifts`)
    await login(page, 'fuzhou-admin')
    await page.getByTestId('shift-calendar').waitFor({ timeout })
    const day = process.env.SHIFT_DAY, title = process.env.SHIFT_TITLE ?? ''
    for (const mode of ['mode-week', 'mode-month']) {
      await page.getByTestId(mode).click()
      // tomorrow may fall in the next week or month: step forward until its cell shows
      for (let i = 0; i < 2 && await page.locator(`[data-day="${day}"]`).count() === 0; i++) {
        await page.getByRole('button', { name: '›' }).click()
      }
      const shift = page.locator(`[data-day="${day}"] [data-testid=shift]`, { hasText: title }).first()
      await shift.waitFor({ timeout })
      check((await shift.getAttribute('class')).includes('gap'), 'an unstaffed shift is marked as a gap')
      check((await shift.textContent()).includes('0/2'), 'the shift shows 0 of 2 places confirmed')
      await settled(page)
      await page.screenshot({ path: join(shots, `admin-shifts-${mode.slice(5)}.png`), fullPage: true })
    }

    await page.goto(`${portal}/admin/wishes`)
    const wish = page.getByTestId('wish-queue').locator('tr', { hasText: process.env.WISH ?? '' }).first()
    await wish.waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'admin-wishes.png') })
    await wish.getByRole('button', { name: '通过发布' }).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await wish.waitFor({ state: 'detached', timeout })
    console.log('admin-shifts: the gap is red in week and month views; the wish is published')
  },

  // A city admin fills a locker up to its weekly restock plan and then finds the item under low stock.
  async 'admin-restock'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/lockers/restock`)
    await login(page, 'fuzhou-admin')
    const item = process.env.ITEM_NAME ?? ''
    const due = page.getByTestId('restock-due').locator('tr', { hasText: item }).first()
    await due.waitFor({ timeout })
    check((await due.textContent()).includes(process.env.LOCKER_NAME ?? ''), 'the locker below its plan is listed')
    await settled(page)
    await page.screenshot({ path: join(shots, 'admin-restock.png'), fullPage: true })
    await due.getByTestId('fill-to-plan').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await due.waitFor({ state: 'detached', timeout })
    await page.getByRole('tab', { name: /低库存/ }).click()
    const low = page.getByTestId('low-stock').locator('tr', { hasText: item }).first()
    await low.waitFor({ timeout })
    check((await low.textContent()).includes('8'), 'eight towels are under the line of twenty')
    await settled(page)
    await page.screenshot({ path: join(shots, 'admin-low-stock.png') })
    await page.getByRole('tab', { name: '补货计划' }).click()
    await page.getByTestId('restock-plans').locator('tr', { hasText: `${item} 8` }).first().waitFor({ timeout })
    await page.getByRole('tab', { name: /离线设备/ }).click()
    await page.getByTestId('offline-lockers').waitFor({ timeout })
    console.log('admin-restock: filled to plan, low stock listed, plan shown, offline tab shown')
  },

  // Anyone who scans a station's QR poster rates it without logging in.
  async 'qr-rating'(browser) {
    const page = await phone(browser)
    await page.goto(`${portal}${process.env.QR_PATH}`)
    const name = await page.getByTestId('qr-station-name').textContent({ timeout })
    check(name.includes(process.env.STATION_NAME ?? ''), `the poster's station, got '${name}'`)
    check(!page.url().includes('/realms/'), 'no login page on the way')
    await page.locator('.el-rate__item').nth(4).click()
    await page.getByTestId('qr-comment').fill('扫码评价：很干净 / scanned: very clean')
    await page.getByTestId('qr-submit').click()
    await page.getByTestId('qr-rated').waitFor({ timeout })
    await page.screenshot({ path: join(shots, 'qr-rating.png') })
    console.log('qr-rating: rated without login')
  },

  // A phone opens the link the wall poster's QR code carries (decoded from the poster by the IT):
  // the station's page, no login; rates with every dimension, a tag and a comment. At 390×844.
  async 'poster-rating'(browser) {
    const docs = process.env.DOCS_IMG
    const page = await phone(browser)
    await page.goto(process.env.POSTER_URL)
    const name = await page.getByTestId('qr-station-name').textContent({ timeout })
    check(name.includes(process.env.STATION_NAME ?? ''), `the poster's station, got '${name}'`)
    check(!page.url().includes('/realms/'), 'no login page on the way')
    check(await page.getByTestId('signup').isVisible(), 'a visitor is offered to sign up')
    if (docs) await page.screenshot({ path: join(docs, 'worker-station-poster-page.png') })
    // a score is needed: sending without one says so, in the page's language
    await page.getByTestId('qr-submit').click()
    check((await page.getByTestId('qr-error').textContent({ timeout })).includes('请先打总体评分'), 'no score, no rating')
    // the overall score with the keyboard (Element Plus' rate is a slider: arrows move it), then each aspect
    await page.getByTestId('qr-score').focus()
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')   // 0 → 5 stars
    await page.getByTestId('qr-error').waitFor({ state: 'detached', timeout })
    const stars = { environment: 5, facilities: 4, service: 5, openingAsPosted: 3 }
    for (const [dim, n] of Object.entries(stars)) {
      await page.getByTestId(`qr-dim-${dim}`).locator('.el-rate__item').nth(n - 1).click()
    }
    await page.getByTestId('qr-tag-water_out').click()
    await page.getByTestId('qr-comment').fill('扫海报评价：热水充足 / rated from the wall poster')
    await page.screenshot({ path: join(shots, 'poster-rating-form.png'), fullPage: true })
    if (docs) {
      await page.getByTestId('qr-dim-openingAsPosted').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(docs, 'worker-station-poster-form.png') })
    }
    await page.getByTestId('qr-submit').click()
    await page.getByTestId('qr-rated').waitFor({ timeout })
    if (docs) await page.screenshot({ path: join(docs, 'worker-station-poster-rated.png') })
    // a replaced code opens to the service's own words, not a code
    if (process.env.OLD_POSTER_URL) {
      await page.goto(process.env.OLD_POSTER_URL)
      const problem = await page.getByTestId('poster-problem').textContent({ timeout })
      check(problem.includes('已更换'), `the refused poster says why: ${problem}`)
      if (docs) await page.screenshot({ path: join(docs, 'worker-station-poster-replaced.png') })
    }
    console.log('poster-rating: rated from the decoded poster link with four dimensions')
  },

  // A new worker signs up in Keycloak from the poster page's "注册 / Sign up": mobile number as the
  // login, a city from the list; back on the page signed in, they may now send a golden idea.
  async 'worker-signup'(browser) {
    const docs = process.env.DOCS_IMG
    const page = await phone(browser)
    await page.goto(process.env.POSTER_URL)
    await page.getByTestId('signup').click()
    // prompt=create opens Keycloak's registration form; should a version ignore it, its login page links there
    await page.waitForSelector('#kc-register-form, #kc-registration a', { timeout })
    if (!(await page.locator('#kc-register-form').count())) await page.locator('#kc-registration a').first().click()
    await page.waitForSelector('#kc-register-form', { timeout })
    check((await page.locator('#kc-register-form').textContent()).includes('手机号'), 'Keycloak speaks Chinese first: the login is the mobile number')
    // the mobile-number rule is Keycloak's own (user profile pattern): a short number is refused
    await page.fill('#username', '1380000')
    await page.fill('#password', process.env.NEW_PASSWORD)
    await page.fill('#password-confirm', process.env.NEW_PASSWORD)
    await page.selectOption('#tenant', process.env.NEW_CITY)
    await page.locator('#kc-register-form [type=submit]').click()
    await page.waitForSelector('#kc-register-form', { timeout })
    check((await page.content()).includes('请输入 11 位手机号'), 'Keycloak refuses a number that is not a mobile number')
    await page.fill('#username', process.env.NEW_MOBILE)
    await page.fill('#password', process.env.NEW_PASSWORD)
    await page.fill('#password-confirm', process.env.NEW_PASSWORD)
    await page.selectOption('#tenant', process.env.NEW_CITY)
    const cities = await page.locator('#tenant option').allTextContents()
    check(cities.some(c => c.includes('厦门')) && cities.some(c => c.includes('平潭')), `the cities are listed in Chinese: ${cities}`)
    if (docs) await page.screenshot({ path: join(docs, 'worker-signup-keycloak.png') })
    await page.locator('#kc-register-form [type=submit]').click()
    // registered and signed in: back on the poster page, now offered the golden-idea form
    await page.waitForURL(u => u.toString().startsWith(process.env.POSTER_URL.split('?')[0]), { timeout })
    await page.getByTestId('idea-form').waitFor({ timeout })
    check(!(await page.getByTestId('signup').isVisible()), 'no sign-up offered once signed in')
    if (docs) {
      await page.getByTestId('idea-form').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(docs, 'worker-signed-up-poster-page.png') })
    }
    await page.getByTestId('idea-title').fill(process.env.IDEA_TITLE)
    await page.getByTestId('idea-body').fill('新注册的骑手：希望增加充电插座 / more sockets, please')
    await page.getByTestId('idea-submit').click()
    await page.getByTestId('idea-sent').waitFor({ timeout })
    console.log(`worker-signup: ${process.env.NEW_MOBILE} registered in ${process.env.NEW_CITY}, signed in, sent an idea`)
  },

  // The province admin's dashboard draws every chart (no panel falls back to an error).
  async 'province-dashboard'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1100 } })
    await page.goto(`${portal}/admin/dashboard`)
    await login(page, 'province-admin')
    await page.waitForURL(`${portal}/admin/dashboard`, { timeout })
    for (const chart of CHARTS) {
      const card = page.getByTestId(chart)
      await card.locator('canvas').first().waitFor({ timeout })
      const alerts = await card.locator('.el-alert').count()
      check(alerts === 0, `${chart} shows an error: ${await card.textContent()}`)
    }
    await page.getByTestId('evaluation-summary').locator('.el-table').waitFor({ timeout })
    await page.getByTestId('lowest-rated').locator('.el-table').waitFor({ timeout })   // the table, not a failed panel
    if (process.env.SUMMARY_FUZHOU) {
      // Fuzhou's row of the summary: open now, yellow, red, rectified, delisted, as the API counted them
      const row = page.getByTestId('evaluation-summary').locator('.el-table__body tr', { hasText: '福州' }).first()
      await row.waitFor({ timeout })
      const cells = (await row.locator('td').allTextContents()).map(t => t.trim().replace(/,/g, ''))
      const shown = cells.slice(1, 6).join(',')
      check(shown === process.env.SUMMARY_FUZHOU, `the summary shows Fuzhou as ${shown}, the API says ${process.env.SUMMARY_FUZHOU}`)
      console.log(`province-dashboard: Fuzhou's summary row ${shown} matches the API`)
    }
    await page.waitForTimeout(800)   // let the charts finish their entry animation for the screenshot
    await page.screenshot({ path: join(shots, 'province-dashboard.png'), fullPage: true })

    // the province admin narrows the console to one city: the panels reload for Fuzhou
    const cityLoads = page.waitForResponse(r => r.url().includes('/api/v1/satisfaction/cities/fuzhou'), { timeout })
    await page.getByTestId('city-switch').click()
    await page.locator('.el-select-dropdown__item', { hasText: '福州' }).first().click()
    check((await cityLoads).status() === 200, 'the Fuzhou satisfaction report loads')
    for (const chart of CHARTS) {
      await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout })
      check(await page.getByTestId(chart).locator('.el-alert').count() === 0, `${chart} for Fuzhou shows an error`)
    }
    console.log(`province-dashboard: ${CHARTS.length} charts drawn, for the province and for Fuzhou`)
  },

  // Keycloak is down (the fault suite stopped it): a visitor is told so, in Chinese first, not left on a blank page.
  async 'login-unavailable'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 860 } })
    await page.goto(`${portal}/admin/map`)
    await page.getByTestId('login-unavailable').waitFor({ timeout })
    const text = await page.getByTestId('login-unavailable').textContent()
    check(text.includes('登录服务暂时不可用'), `the page says the login service is unavailable, saw: ${text}`)
    check(new URL(page.url()).searchParams.get('to') === '/admin/map', 'the page remembers where the visitor was going')
    await page.screenshot({ path: join(shots, 'login-unavailable.png') })
  },

  // ---- worker and volunteer pages of issue 10 ----

  // A worker starts a route from their position, taps the end on the map, and sees the stations along
  // it on the map and in the list; the amenity filter is the search API's; sends a golden idea from one.
  async 'worker-route'(browser) {
    const { lat, lon } = workerAt()
    const endLat = Number(process.env.ROUTE_END_LAT ?? lat + 0.012), endLon = Number(process.env.ROUTE_END_LON ?? lon - 0.009)
    const page = await phone(browser, { lat, lon })
    await page.goto(`${portal}/worker/route`)
    await login(page, 'worker1')
    await page.waitForURL(`${portal}/worker/route`, { timeout })
    const fromHere = page.getByTestId('route-from-here')
    await page.waitForFunction(() => !document.querySelector('[data-testid=route-from-here]')?.hasAttribute('disabled'), null, { timeout })
    await fromHere.click()
    await page.getByTestId('route-hint').getByText('继续依次点选').waitFor({ timeout })
    // the map is centred on the start at zoom 14 (no GCJ-02 tiles here): tap where the end lies
    const box = await page.getByTestId('route-map').boundingBox()
    const px = (la, lo) => {
      const scale = 256 * 2 ** 14, r = la * Math.PI / 180
      return { x: (lo + 180) / 360 * scale, y: (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * scale }
    }
    const a = px(lat, lon), b = px(endLat, endLon)
    await page.getByTestId('route-map').click({ position: { x: box.width / 2 + (b.x - a.x), y: box.height / 2 + (b.y - a.y) } })
    const expected = page.getByTestId('route-station').filter({ hasText: process.env.ROUTE_STATION ?? '' }).first()
    await expected.waitFor({ timeout })
    const markers = await page.locator('.route-station').count()
    check(markers >= 1, `the stations along the route are on the map too, saw ${markers} markers`)
    check((await page.getByTestId('route-count').textContent()).includes('沿途找到'), 'the list says how many were found')
    await page.screenshot({ path: join(shots, 'worker-route.png'), fullPage: true })
    // an amenity this station does not list takes it out of the results (the API's own filter)
    await page.getByTestId('filter-amenities').click()
    await page.getByTestId('amenity-list').locator('.el-check-tag').first().click()
    await expected.waitFor({ state: 'detached', timeout })
    await page.getByTestId('amenity-list').getByText('清除筛选').click()
    await expected.waitFor({ timeout })
    // a golden idea for that station from its page
    await expected.click()
    await page.getByTestId('idea-title').fill('夜间增加照明')
    await page.getByTestId('idea-body').fill('门口路灯太暗，希望加一盏灯 / the door is dark at night')
    await page.getByTestId('idea-submit').click()
    await page.getByTestId('idea-sent').waitFor({ timeout })
    console.log(`worker-route: ${markers} stations along the route, amenity filter applied, idea sent`)
  },

  // A worker pastes a winding route a map app shared (an encoded polyline): the corridor is drawn, the
  // stations come in route order with how far along and off the route each lies; a broken paste says
  // why; then a route built from the keyboard alone (pan with the arrow keys, add the map's centre).
  async 'route-polyline'(browser) {
    const order = (process.env.ROUTE_ORDER ?? '').split('|').filter(Boolean)
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/route`)
    await login(page, 'worker1')
    await page.waitForURL(`${portal}/worker/route`, { timeout })
    await page.getByTestId('route-mode-paste').click()
    await page.getByTestId('route-polyline').fill('abc def')
    await page.getByTestId('route-polyline-use').click()
    check((await page.getByTestId('route-polyline-error').textContent()).includes('不是编码路线'), 'a broken polyline is refused with the reason')
    await page.getByTestId('route-polyline').fill(process.env.ROUTE_POLYLINE)
    await page.getByTestId('route-polyline-use').click()
    await page.getByTestId('route-loaded').waitFor({ timeout })
    await page.getByTestId('route-count').waitFor({ timeout })
    await settled(page)
    const cards = await page.getByTestId('route-station').allTextContents()
    const seen = cards.map(text => order.find(name => text.includes(name))).filter(Boolean)
    check(JSON.stringify(seen) === JSON.stringify(order), `stations in route order ${order.join(' → ')}, the page listed ${seen.join(' → ')}`)
    for (const text of cards.filter(c => order.some(name => c.includes(name)))) {
      check(/沿途 [\d.]+ (米|公里)/.test(text) && /偏离 \d+ 米/.test(text), `each station says how far along and off the route: ${text}`)
    }
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'), null, { timeout })
    check(await page.locator('.route-corridor').count() === 1, 'the corridor is drawn')
    check(await page.locator('.route-station').count() >= order.length, 'the stations are on the map')
    await page.screenshot({ path: join(shots, 'worker-route-polyline.png'), fullPage: true })
    if (process.env.DOCS_IMG) {   // at 390×844: the route on the map with the list under it
      await page.getByTestId('route-hint').evaluate(e => e.scrollIntoView())
      await page.screenshot({ path: join(process.env.DOCS_IMG, 'worker-route-polyline.png') })
    }
    // the keyboard alone: the map pans with the arrow keys, "add the map centre" adds the point under the cross
    await page.getByTestId('route-clear').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('route-count').waitFor({ state: 'detached', timeout })
    await page.locator('[data-testid=route-mode-tap] input, input[data-testid=route-mode-tap]').focus()
    await page.keyboard.press('Space')
    await page.getByTestId('route-add-centre').focus()
    await page.keyboard.press('Enter')
    // one arrow key pans the map by Leaflet's 80 px: wait until the pane has moved that far
    const y0 = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.leaflet-map-pane')).transform).m42)
    await page.getByTestId('route-map').focus()
    await page.keyboard.press('ArrowUp')
    await page.waitForFunction(y => Math.abs(new DOMMatrix(getComputedStyle(document.querySelector('.leaflet-map-pane')).transform).m42 - (y + 80)) < 0.5, y0, { timeout })
    await page.getByTestId('route-add-centre').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('route-hint').getByText('2 个点').waitFor({ timeout })
    await page.getByTestId('route-undo').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('route-hint').getByText('继续依次点选').waitFor({ timeout })
    console.log(`route-polyline: ${seen.length} stations in route order, corridor drawn, keyboard route built and undone`)
  },

  // A volunteer makes a secret calendar link on their shifts page, a calendar app (no login) reads it,
  // the link is replaced (the old one is gone at once) and revoked.
  async 'volunteer-calendar'(browser) {
    const station = process.env.SHIFT_STATION ?? ''
    const page = await phone(browser)
    await page.goto(`${portal}/worker/shifts`)
    await login(page, 'volunteer1')
    await page.waitForURL(`${portal}/worker/shifts`, { timeout })
    if (await page.getByTestId('volunteer-profile').isVisible()) {
      await page.getByTestId('profile-name').fill('刘芳')
      await page.getByTestId('profile-save').click()
      await page.getByTestId('volunteer-profile').waitFor({ state: 'detached', timeout })
    }
    const card = page.getByTestId('calendar-feed')
    await card.waitFor({ timeout })
    const revokeFirst = card.getByTestId('calendar-revoke')
    if (await revokeFirst.isVisible()) {   // a link left by an earlier run: start from none
      await revokeFirst.click()
      await page.locator('.el-message-box__btns .el-button--primary').click()
    }
    await card.getByTestId('calendar-create').click()
    const https = await card.getByTestId('calendar-https').inputValue()
    const webcal = await card.getByTestId('calendar-webcal').inputValue()
    check(webcal === https.replace(/^https?:\/\//, 'webcal://'), `the webcal:// link is the same address: ${webcal} / ${https}`)
    check(https.startsWith(`${portal}/api/v1/volunteers/calendar/`), `the link is on the portal: ${https}`)
    check((await card.getByTestId('calendar-open').getAttribute('href')) === webcal, 'the open button is the webcal:// link')
    if (process.env.DOCS_IMG) {
      await card.evaluate(e => e.scrollIntoView())
      await page.screenshot({ path: join(process.env.DOCS_IMG, 'volunteer-calendar-link.png') })
    }
    await page.screenshot({ path: join(shots, 'volunteer-calendar-link.png'), fullPage: true })
    // a calendar app: no login, no cookie
    const app = (await browser.newContext()).request
    const feed = await app.get(https)
    check(feed.status() === 200 && (feed.headers()['content-type'] ?? '').startsWith('text/calendar'), `the feed answers ${feed.status()}`)
    const ics = await feed.text()
    check(ics.startsWith('BEGIN:VCALENDAR') && (!station || ics.includes(station)), `the feed holds the volunteer's shift at ${station}`)
    // replaced: the old link is gone at once
    await card.getByTestId('calendar-rotate').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await page.waitForFunction(old => document.querySelector('input[data-testid=calendar-https]')?.value !== old, https, { timeout })
    const replaced = await card.getByTestId('calendar-https').inputValue()
    check((await app.get(https)).status() === 404, 'the replaced link is 404')
    check((await app.get(replaced)).status() === 200, 'the new link works')
    // revoked
    await card.getByTestId('calendar-revoke').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await card.getByTestId('calendar-create').waitFor({ timeout })
    check((await app.get(replaced)).status() === 404, 'the revoked link is 404')
    console.log(`volunteer-calendar: link made, read without login, replaced (old 404) and revoked (404)`)
  },

  // A volunteer signs up for a shift, sees it under "my shifts", checks in with the wall QR code's link,
  // and checks out from the poster's page.
  async 'volunteer-shift'(browser) {
    const station = process.env.SHIFT_STATION ?? ''
    const page = await phone(browser)
    await page.goto(`${portal}/worker/shifts`)
    await login(page, 'volunteer1')
    await page.waitForURL(`${portal}/worker/shifts`, { timeout })
    const shift = page.getByTestId('open-shift').filter({ hasText: station }).first()
    await shift.waitFor({ timeout })
    if (await page.getByTestId('volunteer-profile').isVisible()) {   // the first visit: the service wants a profile
      await page.getByTestId('profile-name').fill('刘芳')
      await page.getByTestId('profile-save').click()
      await page.getByTestId('volunteer-profile').waitFor({ state: 'detached', timeout })
    }
    await shift.getByTestId('sign-up').click()
    await shift.getByTestId('open-shift-mine').waitFor({ timeout })
    const mine = page.getByTestId('my-shift').filter({ hasText: station }).first()
    await mine.waitFor({ timeout })
    check((await mine.getByTestId('my-shift-status').textContent()).includes('已确认'), 'the sign-up is confirmed')
    if (process.env.QR_LINK) {
      await mine.getByTestId('qr-token').fill(process.env.QR_LINK)
      await mine.getByTestId('check-in-qr').click()
      await mine.getByTestId('checked-in').waitFor({ timeout })
      await page.screenshot({ path: join(shots, 'volunteer-shifts.png'), fullPage: true })
      // the poster's own page offers the signed-in volunteer their check-out there
      // a fresh page load forgets the in-memory tokens (ADR 0010): the volunteer taps "sign in" and
      // Keycloak's own session brings them straight back to the poster page, without a password
      await page.goto(`${portal}${process.env.QR_PATH}`)
      await page.getByTestId('duty-login').click()
      await page.waitForURL(`${portal}${process.env.QR_PATH}`, { timeout })
      check(!(await page.locator('#username').isVisible()), 'no password asked again')
      await page.getByTestId('duty-check-out').click()
      await page.getByTestId('duty-here').waitFor({ state: 'detached', timeout })
      await page.goto(`${portal}/worker/shifts`)
      await page.getByTestId('my-shift').filter({ hasText: station }).getByText('已签退').waitFor({ timeout })
    } else {
      await page.screenshot({ path: join(shots, 'volunteer-shifts.png'), fullPage: true })
    }
    console.log(`volunteer-shift: signed up${process.env.QR_LINK ? ', checked in with the wall QR code, out from its poster page' : ''}`)
  },

  // A worker posts a micro-wish for a station and sees it waiting for review among their wishes.
  async 'worker-wish'(browser) {
    const text = process.env.WISH_TEXT ?? `想要一副冬季骑行手套 ${Date.now()}`
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/wishes`)
    await login(page, 'worker1')
    await page.waitForURL(`${portal}/worker/wishes`, { timeout })
    await page.locator('.el-radio-button', { hasText: '工作装备' }).click()
    await page.getByTestId('wish-description').fill(text)
    const value = page.getByTestId('wish-value').locator('input')
    await value.fill('80')
    await value.blur()   // the number input takes its value on change
    await page.getByTestId('wish-station').click()
    await page.locator('.el-select-dropdown__item', { hasText: process.env.WISH_STATION ?? '' }).first().click()
    await page.getByTestId('wish-submit').click()
    await page.getByTestId('wish-posted').waitFor({ timeout })
    const wish = page.getByTestId('my-wish').filter({ hasText: text }).first()
    await wish.waitFor({ timeout })
    check((await wish.getByTestId('my-wish-status').textContent()).includes('待审核'), 'the new wish waits for review')
    check((await wish.textContent()).includes('¥80'), 'the value cap is shown in yuan')
    await page.screenshot({ path: join(shots, 'worker-wish.png'), fullPage: true })
    console.log('worker-wish: wish posted and listed as waiting for review')
  },

  // issue 18, worker pages. The IT prepares the data through the API and checks the end state there.

  // The station page shows posted hours, open now (as the search API's openNow says), the verified
  // date, amenities and photos; from it the worker calls the butler on duty.
  async 'worker-help'(browser) {
    const station = need('STATION_NAME')
    const note = need('HELP_NOTE')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/stations/${need('STATION_ID')}`)
    await login(page, 'worker1')
    await page.getByTestId('station-hours').waitFor({ timeout })
    const open = (await page.getByTestId('station-open-now').textContent()).trim()
    check(open === need('EXPECT_OPEN'), `open now as the search API says: expected ${process.env.EXPECT_OPEN}, page says ${open}`)
    check((await page.getByTestId('station-week').textContent()).includes('06:00–23:00'), 'the weekly hours are listed')
    check((await page.getByTestId('station-verified').textContent()).includes('核实于'), 'the hours\' verified date is shown')
    check((await page.getByTestId('station-amenities').textContent()).includes('微波炉'), 'amenities by their Chinese names')
    check(await page.getByTestId('station-photo').count() >= 1, 'the station\'s photos are linked')
    await doc(page, 'worker-station-details.png')
    await fits360(page)

    await page.getByTestId('station-help').click()
    await page.waitForURL(/\/worker\/help\?station=/, { timeout })
    await page.getByTestId('help-station').getByText(station).waitFor({ timeout })
    await page.locator('.el-radio-button', { hasText: '充电' }).click()
    await page.getByTestId('help-note').fill(note)
    await page.getByTestId('help-submit').click()
    await page.getByTestId('help-sent').waitFor({ timeout })
    const mine = page.getByTestId('my-help').filter({ hasText: note })
    await mine.getByTestId('my-help-status').getByText('待接单').waitFor({ timeout })
    await doc(page, 'worker-help.png')
    await fits360(page)
    console.log('worker-help: station details shown, butler called')
  },

  // After the butler accepted and resolved it (the IT, as the station's side), the worker sees it ended.
  async 'worker-help-resolved'(browser) {
    const note = need('HELP_NOTE')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/help`)
    await login(page, 'worker1')
    const mine = page.getByTestId('my-help').filter({ hasText: note })
    await mine.getByTestId('my-help-status').getByText('已解决').waitFor({ timeout })
    check((await mine.textContent()).includes('管家已接单'), 'the acceptance is in the request\'s story')
    check(await mine.getByTestId('help-cancel').count() === 0, 'an ended request cannot be withdrawn')
    await doc(page, 'worker-help-resolved.png')
    console.log('worker-help-resolved: the request shows resolved')
  },

  // A private rights case filed from "more"; the case number comes back.
  async 'worker-rights'(browser) {
    const text = need('RIGHTS_TEXT')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/more`)
    await login(page, 'worker1')
    await page.getByTestId('more-rights').click()
    await page.waitForURL(`${portal}/worker/rights`, { timeout })
    await page.locator('.el-radio-button', { hasText: '欠薪' }).click()
    await page.getByTestId('rights-description').fill(text)
    // a wrong number is refused in the page, in words
    await page.getByTestId('rights-phone').fill('12345')
    await page.getByTestId('rights-submit').click()
    check((await page.getByTestId('rights-error').textContent({ timeout })).includes('11 位手机号'), 'a bad phone number is explained')
    await page.getByTestId('rights-phone').fill('13900007777')
    await page.getByTestId('rights-submit').click()
    const filed = (await page.getByTestId('rights-filed').textContent({ timeout })).trim()
    const number = filed.split('案件编号').pop().trim()
    check(number.length > 0, `a case number is shown: ${filed}`)
    const mine = page.getByTestId('my-case').filter({ hasText: number })
    await mine.getByTestId('my-case-status').getByText('待回复').waitFor({ timeout })
    await doc(page, 'worker-rights.png')
    console.log(`worker-rights: case ${number} filed`)
  },

  // The desk answered (the IT as fuzhou-rights): the worker reads the answer and replies in the thread.
  async 'worker-rights-thread'(browser) {
    const number = need('CASE_NUMBER')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/rights`)
    await login(page, 'worker1')
    const mine = page.getByTestId('my-case').filter({ hasText: number })
    await mine.getByTestId('case-open').click()
    await mine.getByTestId('case-reply').filter({ hasText: need('DESK_REPLY') }).waitFor({ timeout })
    check((await mine.getByTestId('case-reply').first().textContent()).includes('维权窗口'), 'the desk\'s message says it is the desk\'s')
    await mine.getByTestId('case-reply-text').fill(need('WORKER_REPLY'))
    await mine.getByTestId('case-reply-send').click()
    await mine.getByTestId('case-reply').filter({ hasText: process.env.WORKER_REPLY }).waitFor({ timeout })
    await mine.getByTestId('my-case-status').getByText('处理中').waitFor({ timeout })
    await doc(page, 'worker-rights-thread.png')
    await fits360(page)
    console.log('worker-rights-thread: the desk\'s answer read, a reply sent')
  },

  // A union membership application at the station.
  async 'worker-membership'(browser) {
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/membership`)
    await login(page, 'worker1')
    await page.getByTestId('membership-name').fill('李强')
    await page.getByTestId('membership-phone').fill('13900008888')
    await choose(page, 'membership-platform', '美团')
    await choose(page, 'membership-station', need('STATION_NAME'))
    await page.getByTestId('membership-submit').click()
    await page.getByTestId('membership-applied').waitFor({ timeout })
    const app = page.getByTestId('my-application').filter({ hasText: process.env.STATION_NAME })
    await app.getByTestId('my-application-status').getByText('待审核').waitFor({ timeout })
    check(await page.getByTestId('membership-submit').count() === 0, 'no second application while one waits')
    await doc(page, 'worker-membership.png')
    await fits360(page)
    console.log('worker-membership: applied')
  },

  // Approved by the city (the IT): the worker is a member and sees the gift pack to reserve.
  async 'worker-membership-member'(browser) {
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/membership`)
    await login(page, 'worker1')
    await page.getByTestId('membership-member').waitFor({ timeout })
    await page.getByTestId('membership-gift').getByText(need('GIFT_NAME')).waitFor({ timeout })
    const app = page.getByTestId('my-application').filter({ hasText: need('STATION_NAME') })
    await app.getByTestId('my-application-status').getByText('已入会').waitFor({ timeout })
    await doc(page, 'worker-membership-member.png')
    await fits360(page)
    console.log('worker-membership-member: member, gift pack listed')
  },

  // Another worker claims a published wish from the board; a second claim is refused with the
  // service's words; the wish's author confirms it came true.
  async 'worker-wish-claim'(browser) {
    const text = need('WISH_TEXT')
    const claimer = await phone(browser, workerAt())
    await claimer.goto(`${portal}/worker/more`)
    await login(claimer, 'worker2')
    await claimer.getByTestId('more-board').click()
    const wish = claimer.getByTestId('board-wish').filter({ hasText: text })
    await wish.waitFor({ timeout })
    await doc(claimer, 'worker-wish-board.png')
    await fits360(claimer)
    // the same board in a second tab, still showing the wish after the first tab claimed it
    const late = await claimer.context().newPage()
    await late.goto(`${portal}/worker/board`)
    const stale = late.getByTestId('board-wish').filter({ hasText: text })
    await stale.waitFor({ timeout })
    await wish.getByTestId('board-claim').click()
    const claimed = claimer.getByTestId('board-claimed').filter({ hasText: text })
    await claimed.waitFor({ timeout })
    check((await claimed.textContent()).includes(need('STATION_NAME')), 'where to hand it over')
    await wish.waitFor({ state: 'detached', timeout })
    await doc(claimer, 'worker-wish-claimed.png')
    await stale.getByTestId('board-claim').click()
    const refused = (await late.getByTestId('board-error').textContent({ timeout })).trim()
    check(refused.includes('已被认领') && !/\b409\b/.test(refused), `the refusal in the service's words: ${refused}`)

    current = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage()
    const author = current
    await author.goto(`${portal}/worker/wishes`)
    await login(author, 'worker1')
    const mine = author.getByTestId('my-wish').filter({ hasText: text })
    await mine.getByTestId('my-wish-status').getByText('已被认领').waitFor({ timeout })
    await mine.getByTestId('wish-fulfil').click()
    await mine.getByTestId('my-wish-status').getByText('已实现').waitFor({ timeout })
    // the donor, back on the board later, finds the wish among their claims as come true
    await claimer.reload()
    const done = claimer.locator('[data-testid=board-claimed][data-status=FULFILLED]').filter({ hasText: text })
    await done.waitFor({ timeout })
    check((await done.textContent()).includes('已实现'), 'the donor sees the claim came true')
    console.log('worker-wish-claim: claimed from the board, a late claim refused, fulfilled by its author, seen by the donor')
  },

  // The city's adopted golden ideas with the union's reply, reached with the keyboard alone from "more".
  async 'worker-adopted'(browser) {
    const title = need('IDEA_TITLE')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/more`)
    await login(page, 'worker1')
    await page.getByTestId('more-adopted').waitFor({ timeout })
    // Tab from the top of the page until the link has the focus, then Enter: no pointer involved
    let focused = false
    for (let i = 0; i < 30 && !focused; i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'more-adopted')
    }
    check(focused, 'the adopted ideas link is reachable with Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${portal}/worker/adopted`, { timeout })
    const idea = page.getByTestId('adopted-idea').filter({ hasText: title })
    await idea.getByText(need('IDEA_REPLY')).waitFor({ timeout })
    await doc(page, 'worker-adopted-ideas.png')
    await fits360(page)
    console.log('worker-adopted: the adopted idea and the union\'s reply, reached by keyboard')
  },

  // The donation corner of the station, from its page; then the same page in English.
  async 'worker-donation'(browser) {
    const item = need('DONATION_ITEM')
    const page = await phone(browser, workerAt())
    await page.goto(`${portal}/worker/stations/${need('STATION_ID')}`)
    await login(page, 'worker1')
    await page.getByTestId('station-donations').click()
    await page.waitForURL(/\/worker\/donations\?station=/, { timeout })
    const row = page.getByTestId('donation').filter({ hasText: item })
    await row.getByTestId('donation-remaining').getByText(`剩余 ${need('DONATION_LEFT')} 件`).waitFor({ timeout })
    await doc(page, 'worker-donations.png')
    await fits360(page)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Donation corner' }).waitFor({ timeout })
    await row.getByTestId('donation-remaining').getByText(`${process.env.DONATION_LEFT} left`).waitFor({ timeout })
    console.log('worker-donation: the corner lists what is left, in both languages')
  },

  // ---- issue 19: the volunteer-service desks; the IT checks each result through the API ----
  // (deskField: Element Plus puts a test id on the native input of some fields and on the wrapper of others)

  // A city admin publishes a night shift (22:00–06:00) at a 24-hour station from the duty desk and
  // opens it on the calendar to read its roster and service log.
  async 'desk-shifts'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/shifts`)
    await login(page, 'fuzhou-admin')
    await page.getByTestId('shift-calendar').waitFor({ timeout })
    const station = need('DESK_STATION'), day = need('SHIFT_DAY'), title = need('SHIFT_TITLE')
    await page.getByTestId('publish-shift').click()
    await pickRemote(page, 'publish-station', station)
    const date = deskField(page, 'publish-date', 'input')
    await date.fill(day)
    await date.press('Enter')
    await choose(page, 'publish-start', '22:00')
    await choose(page, 'publish-end', '06:00')
    await page.getByTestId('night-hint').waitFor({ timeout })
    await deskField(page, 'publish-title', 'input').fill(title)
    await doc(page, 'desk-shifts-publish.png')
    await page.getByTestId('publish-submit').click()
    await page.locator('.el-message--success').waitFor({ timeout })
    const shift = page.locator(`[data-day="${day}"] [data-testid=shift]`, { hasText: title }).first()
    await shift.waitFor({ timeout })
    check((await shift.textContent()).includes('22:00–06:00'), 'the night shift reads 22:00–06:00 on its first day')
    await shift.click()
    await page.getByTestId('roster').waitFor({ timeout })
    await page.getByTestId('service-log').waitFor({ timeout })
    await doc(page, 'desk-shifts-roster.png')
    console.log('desk-shifts: night shift published and its roster opened')
  },

  // A city admin picks a station on the help desk, accepts a worker's request and marks it resolved.
  async 'desk-help'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/help`)
    await login(page, 'fuzhou-admin')
    await page.getByTestId('help-desk').waitFor({ timeout })
    const station = need('DESK_STATION'), note = need('HELP_NOTE')
    await pickRemote(page, 'help-station', station)
    const row = page.getByTestId('help-requests').locator('tr', { hasText: note }).first()
    await row.waitFor({ timeout })
    await row.getByRole('button', { name: '接单' }).click()
    const resolve = row.getByRole('button', { name: '标为已解决' })
    await resolve.waitFor({ timeout })
    await doc(page, 'desk-help.png')
    await resolve.click()
    await resolve.waitFor({ state: 'detached', timeout })
    console.log('desk-help: request accepted and resolved')
  },

  // The city's rights desk opens a worker's case, answers it, closes it, and reads the workday calendar.
  async 'desk-rights'(browser) {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}/admin/rights`)
    await login(page, 'fuzhou-rights')
    await page.getByTestId('rights-desk').waitFor({ timeout })
    check(await page.getByTestId('menu-help').count() === 0, 'the rights desk sees no help desk in its menu')
    const number = need('CASE_NUMBER'), answer = need('CASE_REPLY')
    await page.getByTestId('rights-cases').locator('tr', { hasText: number }).first().click()
    await deskField(page, 'rights-reply', 'textarea').fill(answer)
    await page.getByTestId('rights-send').click()
    await page.locator('.reply.desk', { hasText: answer }).waitFor({ timeout })
    await doc(page, 'desk-rights-case.png')
    await page.getByTestId('rights-close').click()
    await deskField(page, 'rights-reply', 'textarea').waitFor({ state: 'detached', timeout })
    await page.keyboard.press('Escape')
    await page.getByRole('tab', { name: '工作日历' }).click()
    const year = deskField(page, 'calendar-year', 'input')
    await year.fill('2026')   // the year whose official calendar every city starts with
    await year.press('Enter')
    await page.getByTestId('calendar-days').locator('tr', { hasText: '国庆节' }).first().waitFor({ timeout })
    await doc(page, 'desk-rights-calendar.png')
    console.log('desk-rights: case answered and closed; calendar shown')
  },
}

// issue 19's console screens live in a module of their own
Object.assign(scenarios, consoleScenarios({ portal, open, login, doc, check, settled, need, timeout, fits360 }))
// the role/city matrix of the console's screens
Object.assign(scenarios, matrixScenarios({ portal, open, login, check, settled, need, timeout }))
// the locker journey (issues 19 and 21) too
Object.assign(scenarios, lockerScenarios({ portal, open, login, doc, check, need, timeout, pickRemote }))
// issue 19's teams, membership, health-device and donation desks, likewise
Object.assign(scenarios, volunteerDeskScenarios({ portal, open, login, doc, check, need, timeout, choose, pickRemote }))
// issue 20's notifications, likewise
Object.assign(scenarios, notificationScenarios({ portal, open, login, doc, check, settled, need, timeout }))

const names = process.argv.slice(2)
check(names.length > 0 && names.every(n => scenarios[n]), `usage: portal.e2e.mjs ${Object.keys(scenarios).join('|')} ...`)
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-default-apps', '--disable-sync'],
})
let failed = false
try {
  for (const name of names) {
    try {
      await scenarios[name](browser)
    } catch (e) {
      failed = true
      console.error(`${name} FAILED: ${e.stack ?? e}`)
      if (current) {
        console.error(`  at ${current.url()}`)
        await current.screenshot({ path: join(shots, `${name}-FAILED.png`), fullPage: true }).catch(() => {})
      }
    }
  }
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)
