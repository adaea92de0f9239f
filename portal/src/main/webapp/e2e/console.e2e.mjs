// Browser scenarios of the admin console's issue-19 screens (station QR, partners desk, exports, the
// programme, an outside inspector's tasks, a station manager's photos from the phone), merged into portal.e2e.mjs's scenarios. Each performs its screen's main action; the IT
// (system-tests' ConsoleBrowserIT) then checks the result through the API.
import { readFileSync } from 'node:fs'

export function consoleScenarios({ portal, open, login, doc, check, settled, need, timeout, fits360 }) {
  const desk = browser => open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 }, acceptDownloads: true })

  // Clicks a button that makes the browser save a file; returns its name and bytes.
  async function saved(page, testid, scope = page) {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout }), scope.getByTestId(testid).first().click()])
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
  }
  // Waits until the element of a test id shows exactly this text.
  const shows = (page, testid, text) => page.waitForFunction(([id, want]) =>
    document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === want, [testid, text], { timeout })
  // An .xlsx is a zip whose entry names stand in clear: a workbook with its first sheet
  const isWorkbook = b => b.subarray(0, 2).toString('latin1') === 'PK' && b.includes(Buffer.from('xl/worksheets/sheet1.xml'))

  return {
    // A city admin previews a station's wall QR, downloads the poster and rotates the code.
    async 'admin-station-qr'(browser) {
      const page = await desk(browser)
      await page.goto(`${portal}/admin/stations/${need('STATION_ID')}`)
      await login(page, 'fuzhou-admin')
      await page.getByTestId('rating-qr').waitFor({ timeout })
      const before = Number(await page.getByTestId('qr-version').textContent())
      const pdf = await saved(page, 'qr-poster-pdf')
      check(pdf.name.endsWith('poster.pdf') && pdf.bytes.subarray(0, 5).toString('latin1') === '%PDF-', `a PDF poster, got ${pdf.name}`)
      await page.getByTestId('qr-rotate').click()
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await shows(page, 'qr-version', String(before + 1))
      await page.getByTestId('rating-qr').waitFor({ timeout })
      await doc(page, 'admin-station-qr.png')
      console.log(`admin-station-qr: poster saved, version ${before} -> ${before + 1}`)
    },

    // The province registers a partner platform for Fuzhou, opens its webhooks and suspends it.
    async 'admin-partners'(browser) {
      const clientId = need('PARTNER_CLIENT')
      const page = await desk(browser)
      await page.goto(`${portal}/admin/partners`)
      await login(page, 'province-admin')
      await page.getByTestId('partner-list').waitFor({ timeout })
      await page.getByTestId('partner-register').click()
      const form = page.getByTestId('partner-form')
      await form.locator('input[name=clientId]').fill(clientId)
      await form.locator('input[name=name]').fill(`浏览器测试平台 ${clientId}`)
      await form.locator('input[name=contactName]').fill('李四')
      await form.locator('input[name=contactEmail]').fill(`ops@${clientId}.example.com`)
      await page.getByTestId('partner-cities').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '福州' }).first().click()
      // a click beside the select closes its list (Escape would close the dialog too)
      await form.locator('input[name=name]').click()
      await page.getByTestId('partner-save').click()
      const row = page.getByTestId('partner-list').locator('tr', { hasText: clientId }).first()
      await row.waitFor({ timeout })
      await row.getByTestId('partner-open').click()
      await page.getByTestId('partner-webhooks').waitFor({ timeout })
      await settled(page)
      await doc(page, 'admin-partner-webhooks.png')
      await page.keyboard.press('Escape')
      await page.getByTestId('partner-webhooks').waitFor({ state: 'detached', timeout })
      await row.getByTestId('partner-suspend').click()
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await row.getByTestId('partner-reactivate').waitFor({ timeout })
      await doc(page, 'admin-partners.png')
      console.log(`admin-partners: ${clientId} registered and suspended`)
    },

    // A city admin downloads the evaluation scorecards and the volunteer tallies as Excel and CSV.
    async 'admin-exports'(browser) {
      const page = await desk(browser)
      await page.goto(`${portal}/admin/evaluation`)
      await login(page, 'fuzhou-admin')
      await page.getByTestId('scorecard-export').waitFor({ timeout })
      const cards = await saved(page, 'export-xlsx', page.getByTestId('scorecard-export'))
      check(cards.name === 'scorecards.xlsx' && isWorkbook(cards.bytes), `the scorecards workbook, got ${cards.name}`)
      const csv = await saved(page, 'export-csv', page.getByTestId('scorecard-export'))
      check(csv.bytes.toString('utf8').startsWith('\uFEFF驿站ID station_id,'), 'the scorecards CSV starts with its header')
      // by the menu: a page load would forget the in-memory token (ADR 0010)
      await page.locator('.el-menu-item', { hasText: '建设计划' }).click()
      await page.getByTestId('cadre-progress').waitFor({ timeout })
      const tallies = await saved(page, 'export-xlsx', page.getByTestId('cadre-progress'))
      check(/^tallies-\d{4}\.xlsx$/.test(tallies.name) && isWorkbook(tallies.bytes), `the tallies workbook, got ${tallies.name}`)
      console.log(`admin-exports: ${cards.name} (${cards.bytes.length} B), ${csv.name}, ${tallies.name} (${tallies.bytes.length} B)`)
    },

    // The province sets a city's yearly targets; the table shows them against what was built.
    async 'admin-programme'(browser) {
      const target = need('NEW_TARGET')
      const city = need('TARGET_CITY')
      const page = await desk(browser)
      await page.goto(`${portal}/admin/programme`)
      await login(page, 'province-admin')
      await page.getByTestId(`set-targets-${city}`).click()
      const field = page.getByTestId('targets-form').getByTestId('target-newStations').locator('input')
      await field.fill(target)
      await field.press('Tab')
      await page.getByTestId('targets-save').click()
      await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim().endsWith(want),
        [`newStations-${city}`, `/ ${target}`], { timeout })
      await page.getByTestId('programme-table').locator('tr', { hasText: '全省' }).waitFor({ timeout })
      await doc(page, 'admin-programme.png')
      console.log(`admin-programme: ${city}'s new-build target set to ${target}`)
    },

    // An outside body's inspector (ADR 0015) lands on "My inspections", sees the stations assigned to
    // their body and not others, and submits a third-party sheet for one.
    async 'desk-inspections'(browser) {
      const assigned = need('ASSIGNED_STATION'), other = need('OTHER_STATION')
      const page = await desk(browser)
      await page.goto(`${portal}/`)
      await login(page, 'inspector1')
      const tasks = page.getByTestId('task-table')
      const row = tasks.locator('tr', { hasText: assigned }).first()
      await row.waitFor({ timeout })
      await page.waitForURL(/\/admin\/my-inspections$/, { timeout })
      check(await tasks.locator('tr', { hasText: other }).count() === 0, `a station not assigned to the body is not listed: ${other}`)
      check(await page.getByTestId('menu-assignments').count() === 0, 'an inspector has no assignment desk in the menu')
      await row.getByTestId('task-inspect').click()
      const sheet = page.getByTestId('third-party-sheet')
      await sheet.locator('input[name=inspector]').fill('林敏')
      await page.getByTestId('third-party-submit').click()
      await row.locator('.el-tag', { hasText: '已检查' }).waitFor({ timeout })
      await doc(page, 'desk-inspections.png')
      console.log(`desk-inspections: ${assigned} inspected by inspector1`)
    },

    // A station manager at the station, phone in hand: the console opens on their own stations; the
    // camera button (an input with capture, which opens the phone's camera) takes a photo, and its
    // thumbnail shows it upright. The IT checks what was stored through the API.
    async 'desk-photos'(browser) {
      const station = need('PHOTO_STATION')
      const page = await open(browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
      await page.goto(`${portal}/`)
      await login(page, 'fuzhou-manager')
      await page.waitForURL(/\/admin\/my-stations$/, { timeout })
      const card = page.getByTestId('my-station').filter({ hasText: station })
      await card.getByTestId('photos-none').waitFor({ timeout })
      await card.getByTestId('photo-camera').setInputFiles(need('PHOTO_FILE'))
      const item = card.getByTestId('photo-item')
      await item.first().waitFor({ timeout })
      const size = (await item.first().textContent()).trim()
      check(size.startsWith(need('EXPECT_SIZE')), `the photo is shown upright at ${process.env.EXPECT_SIZE}, the page says ${size}`)
      await page.waitForFunction(name => [...document.querySelectorAll('[data-testid=my-station]')]
        .find(c => c.textContent.includes(name))?.querySelector('[data-testid=photo-thumb]')?.naturalWidth > 0, station, { timeout })
      await card.getByTestId('photo-thumb').scrollIntoViewIfNeeded()
      await doc(page, 'desk-photos.png')
      await fits360(page)
      // on a phone the menu waits in a drawer
      check(await page.getByTestId('menu-my-stations').count() === 0, 'no side menu on a phone')
      await page.getByTestId('menu-open').click()
      await page.getByTestId('menu-drawer').getByTestId('menu-my-stations').waitFor({ timeout })
      console.log(`desk-photos: a photo of ${station} taken on the phone and listed (${size})`)
    },
  }
}
