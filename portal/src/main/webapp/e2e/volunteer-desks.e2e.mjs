// Browser scenarios of the volunteer-service desks that keep people and things at the stations
// (issue 19: butler teams, membership, health-check devices, the donation corner), merged into
// portal.e2e.mjs's scenarios. Each performs its screen's main action as a Fuzhou admin; the IT
// (system-tests' VolunteerDesksBrowserIT) prepared the data and then checks the result through the API.
export function volunteerDeskScenarios({ portal, open, login, doc, check, need, timeout, choose, pickRemote }) {
  const desk = async (browser, path, testid) => {
    const page = await open(browser, { locale: 'zh-CN', viewport: { width: 1360, height: 900 } })
    await page.goto(`${portal}${path}`)
    await login(page, 'fuzhou-admin')
    await page.getByTestId(testid).waitFor({ timeout })
    return page
  }
  const confirm = page => page.locator('.el-message-box__btns .el-button--primary').click()

  return {
    // Forms a team with a lead and a member, hands the lead to a newcomer, and retires another team.
    async 'desk-teams'(browser) {
      const page = await desk(browser, '/admin/teams', 'teams-desk')
      const station = need('DESK_STATION'), name = need('TEAM_NAME'), lead = need('LEAD_NAME'), member = need('MEMBER_NAME')
      const newcomer = need('NEWCOMER_NAME'), retiring = need('RETIRE_TEAM')
      await page.getByTestId('team-create').click()
      const form = page.getByTestId('team-form')
      await pickRemote(page, 'team-station', station)
      await form.locator('input[name=teamName]').fill(name)
      await choose(page, 'team-lead', lead)
      await page.getByTestId('team-members').click()
      await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: member }).first().click()
      await form.locator('input[name=teamName]').click()   // closes the members' list (Escape would close the dialog)
      await page.getByTestId('team-save').click()
      const row = page.getByTestId('teams').locator('tr', { hasText: name }).first()
      await row.waitFor({ timeout })
      check((await row.textContent()).includes(lead), `the new team's row names its lead ${lead}`)

      await row.getByTestId('team-edit').click()
      await choose(page, 'team-lead', newcomer)
      await page.getByTestId('team-save').click()
      await page.getByTestId('team-form').waitFor({ state: 'hidden', timeout })
      await page.waitForFunction(([n, want]) => [...document.querySelectorAll('[data-testid=teams] tr')]
        .some(tr => tr.textContent.includes(n) && tr.textContent.includes(want)), [name, newcomer], { timeout })
      await doc(page, 'desk-teams.png')

      const old = page.getByTestId('teams').locator('tr', { hasText: retiring }).first()
      await old.getByTestId('team-retire').click()
      await confirm(page)
      await old.waitFor({ state: 'detached', timeout })
      console.log(`desk-teams: ${name} formed, its lead handed to ${newcomer}; ${retiring} retired`)
    },

    // Declines one application with a reason, approves another, then reads the members tab.
    async 'desk-membership'(browser) {
      const page = await desk(browser, '/admin/membership', 'membership-desk')
      const approve = need('APPROVE_NAME'), decline = need('DECLINE_NAME'), reason = need('DECLINE_REASON')
      const list = page.getByTestId('membership-applications')
      const refused = list.locator('tr', { hasText: decline }).first()
      await refused.getByTestId('membership-decline').click()
      await page.locator('.el-message-box__input input').fill(reason)
      await confirm(page)
      await refused.waitFor({ state: 'detached', timeout })
      const accepted = list.locator('tr', { hasText: approve }).first()
      await accepted.getByTestId('membership-approve').click()
      await accepted.waitFor({ state: 'detached', timeout })
      await page.getByTestId('membership-status').getByText('会员').click()
      await list.locator('tr', { hasText: approve }).first().waitFor({ timeout })
      // the gift packs locker-service counts, as the API gave them to the test
      const issued = (await page.getByTestId('membership-gifts-issued').textContent()).trim()
      check(issued === `已发放 ${need('GIFT_ISSUED')} 份`, `gift packs issued: ${issued}`)
      await doc(page, 'desk-membership.png')
      console.log(`desk-membership: ${decline} declined, ${approve} approved`)
    },

    // Binds a health-check device (its Keycloak client id) to a station; the list shows its sessions.
    async 'desk-health'(browser) {
      const page = await desk(browser, '/admin/health-devices', 'health-desk')
      const client = need('DEVICE_CLIENT'), station = need('DESK_STATION'), sessions = need('DEVICE_SESSIONS')
      await page.getByTestId('health-bind').click()
      await page.getByTestId('health-form').locator('input[name=clientId]').fill(client)
      await pickRemote(page, 'health-station', station)
      await page.getByTestId('health-save').click()
      await page.locator('.el-message--success').waitFor({ timeout })
      const row = page.getByTestId('health-devices').locator('tr', { hasText: client }).first()
      await page.waitForFunction(([c, s]) => [...document.querySelectorAll('[data-testid=health-devices] tr')]
        .some(tr => tr.textContent.includes(c) && tr.textContent.includes(s)), [client, station], { timeout })
      check((await row.getByTestId('health-sessions').textContent()).trim() === sessions, `the device's ${sessions} sessions of 30 days`)
      await doc(page, 'desk-health-devices.png')
      console.log(`desk-health: ${client} bound to ${station}, ${sessions} sessions`)
    },

    // Records a donation at a station's corner, then some of it taken.
    async 'desk-donations'(browser) {
      const page = await desk(browser, '/admin/donations', 'donation-desk')
      const station = need('DESK_STATION'), item = need('DONATION_ITEM')
      await pickRemote(page, 'donation-desk-station', station)
      await page.getByTestId('donation-record').click()
      const form = page.getByTestId('donation-form')
      await form.locator('input[name=item]').fill(item)
      await form.locator('input[name=donor]').fill('福州某快递网点')
      const quantity = page.getByTestId('donation-quantity').locator('input')
      await quantity.fill('10')
      await quantity.press('Tab')
      await page.getByTestId('donation-save').click()
      const row = page.getByTestId('donation-items').locator('tr', { hasText: item }).first()
      await row.waitFor({ timeout })
      await row.getByTestId('donation-take').click()
      const asked = page.locator('.el-message-box__input input')
      await asked.fill('3')
      await confirm(page)
      await page.waitForFunction(i => [...document.querySelectorAll('[data-testid=donation-items] tr')]
        .some(tr => tr.textContent.includes(i) && tr.querySelector('[data-testid=donation-left]')?.textContent.trim() === '7'), item, { timeout })
      await doc(page, 'desk-donations.png')
      console.log(`desk-donations: 10 × ${item} recorded, 3 taken`)
    },
  }
}
