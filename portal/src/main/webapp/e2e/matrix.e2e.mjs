// The console's role/city matrix (issue 19): one user walks the console's screens and what each shows
// is read as a person reads it — the page's text and the station pickers' options. The IT
// (system-tests' ConsoleMatrixBrowserIT) made the objects and says, per user and screen, which names must
// show (so that a page that failed to load cannot pass) and which never may (another city's, another
// station's).

export function matrixScenarios({ portal, open, login, check, settled, need, timeout }) {
  // Waits until the picker's search for `name` has been answered, then returns the names it offers.
  async function offered(page, testid, name) {
    const answered = page.waitForResponse(r => r.url().includes('/api/v1/shifts/stations')
      && decodeURIComponent(r.url()).includes(name), { timeout })
    await page.getByTestId(testid).click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(name)
    const listed = (await (await answered).json()).map(s => s.name)
    await settled(page)
    const shown = await page.locator('.el-select__popper:visible .el-select-dropdown__item').allTextContents()
    await page.keyboard.press('Escape')
    return { listed, shown: shown.map(s => s.trim()) }
  }

  return {
    // MATRIX_USER walks MATRIX_CHECKS: [{path, ready, next, expect, forbid, picker: {testid, expect, forbid}}]
    async 'console-matrix'(browser) {
      const user = need('MATRIX_USER')
      const checks = JSON.parse(need('MATRIX_CHECKS'))
      const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
      await page.goto(`${portal}${checks[0].path}`)
      await login(page, user)
      for (const c of checks) {
        await page.goto(`${portal}${c.path}`)
        await page.getByTestId(c.ready).waitFor({ timeout })
        await settled(page)
        if (c.next) {   // the calendar opens on this week; tomorrow is in the next one
          await page.getByRole('button', { name: '›' }).click()
          await settled(page)
        }
        if (c.expect?.length) {
          await page.waitForFunction(want => want.every(w => document.body.innerText.includes(w)), c.expect, { timeout })
        }
        const text = await page.evaluate(() => document.body.innerText)
        for (const f of c.forbid ?? []) check(!text.includes(f), `${user} sees ${f} on ${c.path}`)
        check(await page.locator('.el-alert--error:visible').count() === 0, `${user}: ${c.path} shows an error`)
        if (c.picker) {
          for (const name of c.picker.expect ?? []) {
            const { listed, shown } = await offered(page, c.picker.testid, name)
            check(listed.includes(name) && shown.includes(name), `${user}: the picker on ${c.path} offers ${name} (got ${shown})`)
          }
          for (const name of c.picker.forbid ?? []) {
            const { listed, shown } = await offered(page, c.picker.testid, name)
            check(!listed.includes(name) && !shown.includes(name), `${user}: the picker on ${c.path} offers ${name}`)
          }
        }
        console.log(`console-matrix: ${user} ${c.path}: ${c.expect?.length ?? 0} shown, ${c.forbid?.length ?? 0} hidden`
          + (c.picker ? `, picker ${c.picker.expect?.length ?? 0}/${c.picker.forbid?.length ?? 0}` : ''))
      }
    },
  }
}
