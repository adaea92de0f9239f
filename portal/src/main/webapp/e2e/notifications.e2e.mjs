// Browser scenarios of issue 20's notifications, merged into portal.e2e.mjs's scenarios. The IT
// (system-tests' NotificationsBrowserIT) starts a scenario, waits for its READY line, then causes the
// event through the APIs; the scenario sees the message arrive on the open page, and the IT checks
// the feed through the API afterwards.

export function notificationScenarios({ portal, open, login, doc, check, settled, need, timeout }) {
  // an escalation is due 15 s after the request, then the help clock (5 s), the relay and the consumer
  const arrival = Math.max(timeout, 150000)

  return {
    // A station manager keeps the notifications page open; the help request escalated to them appears
    // live (the stream, not the minute's poll: the list only reloads on a pushed message), without a
    // reload of the page, the bell counts it, and a click marks it read.
    async 'notifications-live'(browser) {
      const station = need('NOTIFY_STATION')
      const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
      await page.goto(`${portal}/admin/notifications`)
      await login(page, 'fuzhou-manager')
      await page.getByTestId('notifications-page').waitFor({ timeout })
      await page.locator('[data-testid=notification-bell][data-live=yes]').waitFor({ timeout })
      await settled(page)
      const before = Number(await page.getByTestId('notification-unread').textContent())
      // a reload would drop this mark
      await page.evaluate(() => { window.__sameDocument = true })
      console.log(`notifications-live: READY (unread ${before})`)

      const notice = page.locator('[data-testid=notice-HELP_ESCALATED]', { hasText: station })
      await notice.waitFor({ timeout: arrival })
      check(await page.evaluate(() => window.__sameDocument === true), 'the message arrived without a reload of the page')
      await page.waitForFunction(n => Number(document.querySelector('[data-testid=notification-unread]')?.textContent) > n,
        before, { timeout })
      check(await notice.getAttribute('data-read') === 'no', 'a new message is unread')
      await doc(page, 'notifications-live.png')
      await notice.click()
      await page.locator('[data-testid=notice-HELP_ESCALATED][data-read=yes]', { hasText: station }).waitFor({ timeout })
      console.log(`notifications-live: the escalation at ${station} arrived live and was marked read`)
    },
  }
}
