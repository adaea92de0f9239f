// Browser scenarios of the locker journey (issues 19 and 21), merged into portal.e2e.mjs's scenarios:
// a worker picks up at a Fuzhou locker that the device simulator plays over MQTT, and a city admin
// registers a locker and binds its device. The IT (system-tests' LockerJourneyBrowserIT) prepared the
// data and checks the results through the API afterwards.
import { mqttDevice } from './mqtt-device.mjs'

export function lockerScenarios({ portal, open, login, doc, check, need, timeout, pickRemote }) {
  // the device answers over the broker in seconds; a locker's "alive" and the page's refresh take longer
  const deviceTimeout = Math.max(timeout, 60000)
  const onlineTimeout = Math.max(timeout, 120000)

  return {
    // worker1, at the station on a phone, reserves an item, gets the code, and has the locker open.
    async 'worker-locker-pickup'(browser) {
      const at = { latitude: Number(need('WORKER_LAT')), longitude: Number(need('WORKER_LON')) }
      const page = await open(browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
        geolocation: at, permissions: ['geolocation'] })
      await page.goto(`${portal}/worker/nearby`)
      await login(page, 'worker1')
      await page.waitForURL(`${portal}/worker/nearby`, { timeout })
      const station = page.getByTestId('nearby-station').filter({ hasText: need('STATION_NAME') }).first()
      await station.waitFor({ timeout })
      await station.click()
      const item = page.getByTestId('stock-item').filter({ hasText: need('ITEM_NAME') }).first()
      await item.waitFor({ timeout })
      await item.getByTestId('reserve').click()
      const code = (await page.getByTestId('pickup-code').textContent({ timeout })).trim()
      check(/^\d{6}$/.test(code), `a six-digit pickup code, got '${code}'`)
      // at the locker: "open my compartment" goes to the device over MQTT; the page follows the reservation
      await page.getByTestId('open-locker').click()
      const outcome = page.locator('[data-testid=picked-up], [data-testid=open-failed], [data-testid=open-unknown], [data-testid=open-error]')
      await outcome.first().waitFor({ timeout: deviceTimeout })
      const shown = await page.getByTestId('open-at-locker').getAttribute('data-phase')
      check(await page.getByTestId('picked-up').count() === 1,
        `the locker opened and confirmed (取件成功), the page shows phase '${shown}': ${await outcome.first().textContent()}`)
      check((await page.getByTestId('picked-up').textContent()).includes('取件成功'), 'the page says 取件成功')
      await doc(page, 'worker-locker-picked-up.png')
      console.log(`worker-locker-pickup: code ${code}, the locker opened and confirmed`)
    },

    // fuzhou-admin registers a locker at a station of their city; another city's device is refused,
    // a spare device of Fuzhou (played by the simulator) is bound and comes online.
    async 'admin-locker-register'(browser) {
      const stationName = need('STATION_NAME'), lockerName = need('LOCKER_NAME')
      const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
      await page.goto(`${portal}/admin/lockers`)
      await login(page, 'fuzhou-admin')
      await page.getByTestId('locker-table').waitFor({ timeout })
      await page.getByTestId('locker-register').click()
      const form = page.getByTestId('locker-form')
      await form.waitFor({ timeout })
      await pickRemote(page, 'locker-station', stationName)
      await form.locator('input[name=name]').fill(lockerName)
      // a device that serves a locker in another city belongs to that city
      await form.locator('input[name=deviceClientId]').fill(need('FOREIGN_DEVICE'))
      await page.getByTestId('locker-save').click()
      const refusal = page.getByTestId('locker-register-error')
      await refusal.waitFor({ timeout })
      check((await refusal.textContent()).includes('其他城市'), `another city's device is refused in words: ${await refusal.textContent()}`)
      await form.locator('input[name=deviceClientId]').fill(need('DEVICE_ID'))
      await page.getByTestId('locker-save').click()
      await form.waitFor({ state: 'hidden', timeout })
      const row = page.getByTestId('locker-table').locator('tr', { hasText: lockerName }).first()
      await row.waitFor({ timeout })
      check((await row.textContent()).includes(need('DEVICE_ID')), 'the row shows the bound device')
      // the device says it is alive over MQTT; the page refreshes its list every 10 s
      await row.getByTestId('locker-online').filter({ hasText: '在线' }).waitFor({ timeout: onlineTimeout })
      await row.locator('.el-table__expand-icon').click()
      // the one opened row shows its 18 empty compartments
      await page.waitForFunction(() => document.querySelectorAll(
        '[data-testid=locker-table] .el-table__expanded-cell .el-table__body-wrapper tbody tr').length === 18, null, { timeout })
      await doc(page, 'admin-locker-register.png')
      console.log(`admin-locker-register: ${lockerName} registered with ${need('DEVICE_ID')}, online, 18 compartments`)
    },

    // fuzhou-admin has the lockers page open when a locker's controller drops off the network: the
    // broker announces its last will, and the row turns 离线 without a reload; the restock desk's
    // offline tab lists the locker.
    async 'admin-locker-offline'(browser) {
      const lockerName = need('LOCKER_NAME')
      const device = await mqttDevice({ port: Number(need('MQTT_PORT')), id: need('DEVICE_ID'), secret: need('DEVICE_SECRET') })
      try {
        const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
        await page.goto(`${portal}/admin/lockers`)
        await login(page, 'fuzhou-admin')
        const row = page.getByTestId('locker-table').locator('tr', { hasText: lockerName }).first()
        await row.waitFor({ timeout })
        device.say({ online: true })
        await row.getByTestId('locker-online').filter({ hasText: '在线' }).waitFor({ timeout: onlineTimeout })
        device.drop()
        await row.getByTestId('locker-online').filter({ hasText: '离线' }).waitFor({ timeout: onlineTimeout })
        await doc(page, 'admin-locker-offline.png')
        await page.goto(`${portal}/admin/lockers/restock`)
        await page.getByRole('tab', { name: /离线设备/ }).click()
        await page.getByTestId('offline-lockers').locator('tr', { hasText: lockerName }).first().waitFor({ timeout })
        console.log(`admin-locker-offline: ${lockerName} went offline on the open page and is on the offline tab`)
      } finally {
        device.drop()
      }
    },
  }
}
