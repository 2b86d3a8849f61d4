/**
 * The console in a real browser: playwright-core driving Debian's /usr/bin/chromium headless
 * (fresh profile) against `platform/main.ts` in sandbox mode, as `npm start` runs it. Opens the
 * console, logs in through the sandbox's pages in the popup, sees the connection, fills a form
 * with dictionary fields (one depending on another), invokes, sees the result, and saves
 * artifacts/console.png. Run with `npm run test:browser` (needs `apt-get install chromium`).
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ConnectionStore } from '../../platform/store'
import { freePort, ROOT, spawnTs, temporaryDir, type ChildHandle } from '../e2e/helpers/processes'

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
    const started = await spawnTs('platform/main.ts', {
      readyUrl: `${base}/api/state`,
      env: { PORT: String(port), PLATFORM_DATA_DIR: data.path, GITHUB_CLIENT_ID: '', GITHUB_CLIENT_SECRET: '' },
    })
    platform = started.handle
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

  /** The console's state names the sandbox once it listens. */
  async function waitForSandbox(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const state = (await (await fetch(`${base}/api/state`, { headers: { 'x-platform-console': '1' } })).json()) as {
        environment: { signIn?: unknown }
      }
      if (state.environment.signIn) return
      await new Promise((wait) => setTimeout(wait, 100))
    }
    throw new Error('the sandbox did not start')
  }

  it('logs in through the popup, fills a form with dictionary fields, invokes and shows the result', async () => {
    await page.goto(base)
    await page.waitForSelector('body[data-ready=true]')
    expect(await page.textContent('.environment-badge')).toBe('SANDBOX')
    expect(await page.isVisible('.environment-badge')).toBe(true)
    expect(await page.textContent('#service-name')).toBe('GitHub')
    expect(await page.textContent('#connections')).toContain('No connection yet')

    // Login with OAuth2: the sandbox's sign-in and consent pages in the popup.
    const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#login-button')])
    await popup.waitForSelector('#login-field')
    expect(await popup.textContent('body')).toMatch(/SANDBOX/)
    await popup.fill('#login-field', 'sandbox-octocat')
    await popup.fill('#password-field', 'sandbox-password')
    await Promise.all([popup.waitForSelector('form#consent'), popup.click('form#login button[type=submit]')])
    await popup.click('form#consent button[value=authorize]')
    await popup.waitForEvent('close', { timeout: 15_000 })

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
    await page.click('#invoke-button')
    await page.waitForSelector('#result-status .status-pill')
    expect(await page.textContent('#result-status')).toContain('Success')
    const result = (await page.textContent('#result')) ?? ''
    expect(result).toContain('"title": "Filed from the browser test"')
    expect(result).toContain('"name": "documentation"')
    expect(await page.textContent('#sample-result')).toContain('"number"')

    // The issue can then be listed.
    await page.selectOption('#operation-select', 'listIssues')
    await page.fill('[data-param=repository] input', 'hello-sandbox')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    await page.click('#invoke-button')
    await page.waitForSelector('#result-status .status-pill')
    expect(await page.textContent('#result')).toContain('Filed from the browser test')

    // Back to the created issue for the screenshot: the form, its result and the sample side by side.
    await page.selectOption('#operation-select', 'createIssue')
    await page.fill('[data-param=repository] input', 'hello')
    await page.locator('[data-param=repository] .dictionary-item', { hasText: 'sandbox-octocat/hello-sandbox' }).click()
    await page.fill('[data-param=title] input', 'Second issue from the console')
    await page.click('#invoke-button')
    await page.waitForSelector('#result-status .status-pill')
    await page.evaluate('window.scrollTo(0, 0)')
    await mkdir(join(ROOT, 'artifacts'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'artifacts', 'console.png'), fullPage: true })

    expect(pageErrors).toEqual([])
    const stored = (await ConnectionStore.open({ dir: dataDir, namespace: 'GitHub-sandbox' })).list()[0]
    const html = await page.content()
    expect(stored?.accessToken.length).toBeGreaterThan(10)
    expect(html).not.toContain(stored?.accessToken)
    expect(html).not.toContain(stored?.refreshToken)
  })
})
