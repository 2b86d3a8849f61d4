/**
 * The console in a real browser: playwright-core driving Debian's /usr/bin/chromium headless
 * (fresh profile) against `platform/main.ts` in sandbox mode, as `npm start` runs it. The tests
 * run in order on one page, like a person would: the printed link signs the browser in; a refused login (wrong password, then Deny)
 * shows its reason; a login connects; a form with dictionary fields (one depending on another)
 * is invoked and its result shown (artifacts/console.png); required fields are checked before
 * invoking; dictionaries work by keyboard and load more; an error shows its code and HTTP status;
 * a long list says how long it is, one object does not; a realtime trigger started from the Triggers panel
 * shows the event the sandbox delivers (artifacts/triggers.png) and stops; a malformed fragment does not stop the
 * page; Back or reload on a callback page shows its outcome without spending the code again. Run with `npm run test:browser` (needs `apt-get install chromium`).
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ConnectionStore } from '../../platform/store'
import type { ConnectionView } from '../../platform/connections'
import {
  CONSOLE_LINK,
  consoleAccess,
  consoleApi,
  freePort,
  ROOT,
  spawnTs,
  temporaryDir,
  type ChildHandle,
  type ConsoleAccess,
} from '../e2e/helpers/processes'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

describe('the console in Chromium', () => {
  let platform: ChildHandle
  let base: string
  let link: string
  let site: ConsoleAccess
  /** The operation the console selects when the address names none. */
  let defaultOperation: string
  let dataDir: string
  let context: BrowserContext
  let page: Page
  const cleanups: (() => Promise<void>)[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const data = await temporaryDir('platform-browser-')
    dataDir = data.path
    cleanups.push(() => data.remove())
    // Empty GitHub credentials: sandbox mode even when a developer's .env holds real ones.
    const started = await spawnTs<{ match: string }>('platform/main.ts', {
      readyPattern: CONSOLE_LINK,
      env: { PORT: String(port), PLATFORM_DATA_DIR: data.path, GITHUB_CLIENT_ID: '', GITHUB_CLIENT_SECRET: '' },
    })
    platform = started.handle
    link = started.info.match
    site = consoleAccess(link)
    await waitForSandbox()
    const profile = await temporaryDir('platform-chromium-')
    cleanups.push(() => profile.remove())
    context = await chromium.launchPersistentContext(profile.path, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1440, height: 1100 },
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => pageErrors.push(error.message))
  }, 90_000)

  afterAll(async () => {
    await context?.close()
    await platform?.stop()
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  /** Signs in on the sandbox's page when it asks (it remembers a signed-in user), then answers the consent page. */
  async function signInAndDecide(popup: Page, decision: 'authorize' | 'deny'): Promise<void> {
    await popup.waitForSelector('#login-field, form#consent')
    expect(await popup.textContent('body')).toMatch(/SANDBOX/)
    if (await popup.isVisible('#login-field')) {
      await popup.fill('#login-field', 'sandbox-octocat')
      await popup.fill('#password-field', 'sandbox-password')
      await Promise.all([popup.waitForSelector('form#consent'), popup.click('form#login button[type=submit]')])
    }
    await popup.click(`form#consent button[value=${decision}]`)
    await popup.waitForEvent('close', { timeout: 15_000 })
  }

  /** Invokes the selected operation and waits for its outcome. */
  async function invoke(): Promise<void> {
    await page.click('#invoke-button')
    await page.waitForSelector('#result-status[data-state=done]')
  }

  /** The console's state names the sandbox once it listens. */
  async function waitForSandbox(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const state = await consoleApi<{ environment: { signIn?: unknown } }>(site, '/api/state')
      if (state.environment.signIn) return
      await new Promise((wait) => setTimeout(wait, 100))
    }
    throw new Error('the sandbox did not start')
  }

  it('without its link shows how to get in; the printed link signs in and leaves the address bar without the token', async () => {
    await page.goto(base)
    expect(await page.textContent('h1')).toBe('Open the console with its link')
    expect(await page.textContent('body')).toContain('npm start')
    await page.goto(link)
    await page.waitForSelector('body[data-ready=true]')
    defaultOperation = await page.inputValue('#operation-select')
    expect(page.url()).toBe(`${base}/#${defaultOperation}`)
    expect(await page.evaluate('document.cookie')).toBe('') // HttpOnly
  })

  it('loads with a fragment that is not valid percent-encoding', async () => {
    for (const fragment of ['%', '%E0%A4%A', 'createIssue%']) {
      await page.goto('about:blank')
      await page.goto(`${base}/#${fragment}`)
      await page.waitForSelector('body[data-ready=true]')
      expect(await page.inputValue('#operation-select')).toBe(defaultOperation)
    }
    expect(pageErrors).toEqual([])
  })

  it('shows the sandbox loudly, and a refused login (wrong password, then Deny) with its reason', async () => {
    await page.goto(base)
    await page.waitForSelector('body[data-ready=true]')
    expect(await page.textContent('.environment-badge')).toBe('SANDBOX')
    expect(await page.textContent('#service-name')).toBe('GitHub')
    expect(await page.textContent('#connections')).toContain('No connection yet')
    // The banner stays in view at the bottom of the page too.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')
    const badge = await page.locator('.environment-badge').boundingBox()
    expect(badge && badge.y >= 0 && badge.y < 60).toBe(true)
    await page.evaluate('window.scrollTo(0, 0)')

    const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#login-button')])
    await popup.waitForSelector('#login-field')
    await popup.fill('#login-field', 'sandbox-octocat')
    await popup.fill('#password-field', 'not-the-password')
    await popup.click('form#login button[type=submit]')
    await popup.waitForSelector('text=Incorrect username or password')
    await signInAndDecide(popup, 'deny')

    await page.waitForSelector('#login-message.error')
    const message = (await page.textContent('#login-message')) ?? ''
    expect(message).toContain('The login was not completed')
    expect(message).toContain('access_denied')
    expect(message).toMatch(/code \d+, HTTP 400/)
    expect(await page.textContent('#connections')).toContain('No connection yet')
  })

  it('logs in through the popup, fills a form with dictionary fields, invokes and shows the result', async () => {
    // Login with OAuth2: the sandbox's sign-in and consent pages in the popup.
    const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#login-button')])
    await signInAndDecide(popup, 'authorize')

    const connection = page.locator('.connection').first()
    await connection.waitFor()
    expect(await connection.textContent()).toContain('sandbox-octocat@127.0.0.1')
    expect(await connection.locator('.status-pill').textContent()).toBe('Active')
    expect(await connection.locator('code').first().textContent()).toMatch(/^••••.{4}$/)
    expect(await page.textContent('#login-message')).toContain('Connected as sandbox-octocat')

    // Create Issue: the repository from its dictionary (search), labels from theirs (criteria: the repository).
    await page.selectOption('#operation-select', 'createIssue')
    await page.fill('[data-param=repository] input', 'hello')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    expect(await page.inputValue('[data-param=repository] input')).toBe('sandbox-octocat/hello-sandbox')
    await page.fill('[data-param=title] input', 'Filed from the browser test')
    await page.fill('[data-param=body] textarea', 'Created through the local platform console.')
    await page.click('[data-param=labels] input')
    await page.locator('[data-param=labels] .dictionary-item', { hasText: 'documentation' }).click()
    await invoke()
    expect(await page.textContent('#result-status')).toContain('Success')
    const result = (await page.textContent('#result')) ?? ''
    expect(result).toContain('"title": "Filed from the browser test"')
    expect(result).toContain('"name": "documentation"')
    expect(await page.textContent('#sample-result')).toContain('"number"')

    // The issue can then be listed.
    await page.selectOption('#operation-select', 'listIssues')
    await page.fill('[data-param=repository] input', 'hello-sandbox')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    await invoke()
    expect(await page.textContent('#result')).toContain('Filed from the browser test')

    // Back to the created issue for the screenshot: the form, its result and the sample side by side.
    await page.selectOption('#operation-select', 'createIssue')
    await page.fill('[data-param=repository] input', 'hello')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    await page.fill('[data-param=title] input', 'Second issue from the console')
    await invoke()
    await page.evaluate('window.scrollTo(0, 0)')
    await mkdir(join(ROOT, 'artifacts'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'artifacts', 'console.png'), fullPage: true })

    expect(pageErrors).toEqual([])
    const stored = (await ConnectionStore.read({ dir: dataDir, namespace: 'GitHub-sandbox' }))[0]
    const html = await page.content()
    expect(stored?.accessToken.length).toBeGreaterThan(10)
    expect(html).not.toContain(stored?.accessToken)
    expect(html).not.toContain(stored?.refreshToken)
  })
  it('checks required fields before invoking, and clears an error once the field is edited', async () => {
    await page.selectOption('#operation-select', 'createIssue')
    await page.click('#invoke-button')
    expect(await page.textContent('[data-param=repository] .field-error')).toBe('Repository is required.')
    expect(await page.textContent('[data-param=title] .field-error')).toBe('Title is required.')
    expect(await page.textContent('#form-status')).toContain('Fix the highlighted fields')
    expect(await page.getAttribute('#result-status', 'data-state')).toBeNull() // nothing was invoked
    // The first invalid field has the focus, so typing fixes it.
    expect(await page.evaluate('document.activeElement.closest("[data-param]").dataset.param')).toBe('repository')
    await page.keyboard.type('sandbox-octocat/hello-sandbox')
    await page.keyboard.press('Escape')
    expect(await page.textContent('[data-param=repository] .field-error')).toBe('')
    expect(await page.textContent('[data-param=title] .field-error')).toBe('Title is required.')
  })

  it('picks from dictionaries by keyboard, offers branches of the chosen repository only, and loads more', async () => {
    await page.selectOption('#operation-select', 'createBranch')
    await page.click('[data-param=fromRef] input')
    await page.waitForSelector('[data-param=fromRef] .dictionary-note')
    expect(await page.textContent('[data-param=fromRef] .dictionary-panel')).toContain('Fill in Repository first.')

    // Enter while a new search is still running must not pick from the previous list.
    await page.click('[data-param=repository] input')
    await page.waitForSelector('[data-param=repository] .dictionary-item')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.type('team')
    await page.keyboard.press('Enter')
    expect(await page.inputValue('[data-param=repository] input')).toBe('team')

    await page.fill('[data-param=repository] input', 'team-service')
    // The search answers after a short pause; then the one match is first.
    await page.locator('[data-param=repository] .dictionary-item:only-child', { hasText: 'sandbox-org/team-service' }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    expect(await page.inputValue('[data-param=repository] input')).toBe('sandbox-org/team-service')
    expect(await page.isHidden('[data-param=repository] .dictionary-panel')).toBe(true)

    // sandbox-org/team-service has 122 branches: one page of 100, then "Load more".
    await page.click('[data-param=fromRef] input')
    await page.waitForSelector('[data-param=fromRef] .dictionary-item')
    const items = page.locator('[data-param=fromRef] .dictionary-item')
    expect(await items.count()).toBe(100)
    expect(await page.textContent('[data-param=fromRef] .dictionary-footer')).toContain('100 shown')
    await page.locator('[data-param=fromRef] button', { hasText: 'Load more' }).click()
    await page.waitForSelector('[data-param=fromRef] .dictionary-footer >> text=122 shown')
    expect(await items.count()).toBe(122)
    expect(await page.locator('[data-param=fromRef] button', { hasText: 'Load more' }).count()).toBe(0)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    expect(await page.inputValue('[data-param=fromRef] input')).not.toBe('')
    await page.keyboard.press('Escape')
    expect(await page.isHidden('[data-param=fromRef] .dictionary-panel')).toBe(true)

    // A branch of the old repository means nothing once the repository changes: it is cleared.
    await page.fill('[data-param=repository] input', 'sandbox-octocat/hello-sandbox')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).first().click()
    expect(await page.inputValue('[data-param=fromRef] input')).toBe('')
  })

  it('shows an error result with its code and HTTP status, and says how long a list result is', async () => {
    await page.selectOption('#operation-select', 'getIssue')
    await page.fill('[data-param=repository] input', 'sandbox-octocat/hello-sandbox')
    await page.keyboard.press('Escape')
    await page.fill('[data-param=issueNumber] input', '9999')
    await invoke()
    expect(await page.textContent('#result-status')).toContain('Error')
    expect(await page.textContent('#result .error-code')).toBe('Code 40401 · HTTP 404')
    expect(await page.textContent('#result .error-message')).toContain('Issue #9999')

    await page.selectOption('#operation-select', 'listBranches')
    await page.fill('[data-param=repository] input', 'sandbox-org/team-service')
    await page.keyboard.press('Escape')
    await page.fill('[data-param=limit] input', '100')
    await invoke()
    expect(await page.textContent('#result-status')).toContain('Success')
    expect(await page.textContent('#result-status .result-summary')).toBe('100 items · more pages (cursor)')

    // One repository is one object, though some of its fields are lists: no item count.
    await page.selectOption('#operation-select', 'getRepository')
    await page.fill('[data-param=repository] input', 'sandbox-octocat/hello-sandbox')
    await page.keyboard.press('Escape')
    await invoke()
    expect(await page.textContent('#result-status')).toContain('Success')
    expect(await page.textContent('#result')).toContain('"full_name": "sandbox-octocat/hello-sandbox"')
    expect(await page.locator('#result-status .result-summary').count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('starts a realtime trigger on the connection, shows the event GitHub delivers live, and stops it', async () => {
    await page.selectOption('#trigger-select', 'onIssue')
    expect(await page.textContent('#trigger-summary')).toContain('On Issue Event')
    expect(await page.isVisible('#trigger-interval-field')).toBe(false)
    // Required fields are checked before anything starts.
    await page.click('#trigger-start')
    expect(await page.textContent('#trigger-form [data-param=repository] .field-error')).toBe('Repository is required.')
    await page.fill('#trigger-form [data-param=repository] input', 'hello')
    await page.locator('#trigger-form [data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    expect(await page.locator('#trigger-form [data-param=action] select option:checked').textContent()).toBe('opened')
    await page.click('#trigger-start')
    const run = page.locator('.trigger-run[data-method=onIssue]')
    await run.waitFor()
    expect(await run.locator('.status-pill').textContent()).toBe('Running')

    // An issue opened on GitHub (here through the console API) is delivered to the console and fires the block.
    const connectionId = await page.inputValue('#trigger-connection-select')
    const created = await consoleApi<{ ok: boolean; result: { number: number } }>(site, '/api/invoke', 'POST', {
      method: 'createIssue',
      connectionId,
      args: ['sandbox-octocat/hello-sandbox', 'Fires the trigger', null, null, null, null],
    })
    expect(created.ok).toBe(true)
    const fired = run.locator('.fired-event').first()
    await fired.waitFor({ timeout: 15_000 })
    expect(await fired.locator('summary').textContent()).toContain(`issues opened #${created.result.number} Fires the trigger`)
    expect(await fired.locator('pre').textContent()).toContain('"deliveryId"')
    await page.evaluate('document.getElementById("triggers-card").scrollIntoView()')
    await mkdir(join(ROOT, 'artifacts'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'artifacts', 'triggers.png'), fullPage: true })

    await run.locator('button', { hasText: 'Stop' }).click()
    await page.waitForSelector('.trigger-run[data-method=onIssue]', { state: 'detached' })
    expect(await page.textContent('#trigger-runs')).toContain('No trigger running')
    expect(pageErrors).toEqual([])
  })

  it('completes a callback once: reload and Back show its outcome, and the new connection keeps working', async () => {
    // The path taken when the popup is blocked: the login runs in the tab itself, which keeps the callback page in its history.
    const tab = await context.newPage()
    await tab.goto(base)
    await tab.waitForSelector('body[data-ready=true]')
    const start = (await tab.evaluate(
      "fetch('/api/login', { method: 'POST', headers: { 'x-platform-console': '1', 'content-type': 'application/json' }, body: '{}' }).then((response) => response.json())",
    )) as { url: string }
    // The sandbox remembers the earlier sign-in and consent; it asks again only when it has forgotten them.
    await tab.goto(start.url)
    await tab.waitForSelector('#login-field, form#consent, body.callback-page')
    if (await tab.isVisible('#login-field')) {
      await tab.fill('#login-field', 'sandbox-octocat')
      await tab.fill('#password-field', 'sandbox-password')
      await Promise.all([tab.waitForSelector('form#consent, body.callback-page'), tab.click('form#login button[type=submit]')])
    }
    if (await tab.isVisible('form#consent')) {
      await Promise.all([tab.waitForURL(`${base}/oauth/callback?**`), tab.click('form#consent button[value=authorize]')])
    }
    expect(tab.url()).toMatch(/\/oauth\/callback\?.*code=/)
    const title = (await tab.textContent('h1')) ?? ''
    const connection = (JSON.parse((await tab.textContent('#oauth-result')) ?? '{}') as { connection: { id: string } }).connection
    expect(title).toMatch(/^Connected as sandbox-octocat@/)

    await tab.reload()
    expect(await tab.textContent('h1')).toBe(title)
    await Promise.all([tab.waitForURL(`${base}/`), tab.click('text=Back to the console')])
    await tab.waitForSelector('body[data-ready=true]')
    await tab.goBack()
    expect(await tab.textContent('h1')).toBe(title)
    await tab.close()

    const refreshed = await consoleApi<{ ok: boolean; connection: ConnectionView }>(
      site,
      `/api/connections/${connection.id}/refresh`,
      'POST',
      {},
    )
    expect(refreshed).toMatchObject({ ok: true, connection: { status: 'active', refreshCount: 1 } })
    expect(pageErrors).toEqual([])
  })
})
