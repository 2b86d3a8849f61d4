/**
 * Drives the sandbox's own login and consent pages over HTTP (cookies kept), starting from an authorization URL that
 * already carries redirect_uri; returns the final redirect target (the callback URL with code & state, or with
 * error=access_denied when deny is true) WITHOUT requesting it.
 *
 * It reads the markup of sandbox/pages.ts (form#login, form#consent, #error); it is meant for the sandbox
 * only, never for github.com.
 */

const MAX_STEPS = 20
const STEP_TIMEOUT_MS = 10_000

interface StoredCookie {
  name: string
  value: string
  path: string
}

/** Just enough of a cookie jar for one origin: name + path scoping, deletion by expiry. */
class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>()

  store(setCookies: string[], requestPath: string): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      let path = requestPath.replace(/\/[^/]*$/, '') || '/'
      let expired = value === ''
      for (const attribute of attributes) {
        const [key = '', ...rest] = attribute.split('=')
        const attributeValue = rest.join('=').trim()
        const lower = key.trim().toLowerCase()
        if (lower === 'path' && attributeValue.startsWith('/')) path = attributeValue
        if (lower === 'max-age' && Number(attributeValue) <= 0) expired = true
        if (lower === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true
      }
      const key = `${name};${path}`
      if (expired) this.#cookies.delete(key)
      else this.#cookies.set(key, { name, value, path })
    }
  }

  header(requestPath: string): string | undefined {
    const matching = [...this.#cookies.values()]
      .filter(
        (cookie) =>
          requestPath === cookie.path ||
          requestPath.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`) ||
          cookie.path === '/',
      )
      .sort((a, b) => b.path.length - a.path.length)
    return matching.length > 0 ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined
  }
}

export async function headlessLogin(
  authorizationUrl: string,
  credentials: { login: string; password: string },
  options?: { deny?: boolean },
): Promise<URL> {
  const start = new URL(authorizationUrl)
  const redirectUri = start.searchParams.get('redirect_uri')
  const jar = new CookieJar()
  let request: { url: URL; method: 'GET' | 'POST'; form?: URLSearchParams } = { url: start, method: 'GET' }
  let loginSubmitted = false

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const cookie = jar.header(request.url.pathname)
    const response = await fetch(request.url, {
      method: request.method,
      redirect: 'manual',
      signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
      headers: {
        Accept: 'text/html',
        ...(cookie !== undefined && { Cookie: cookie }),
        ...(request.form !== undefined && { 'Content-Type': 'application/x-www-form-urlencoded' }),
      },
      ...(request.form !== undefined && { body: request.form.toString() }),
    })
    jar.store(response.headers.getSetCookie(), request.url.pathname)

    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel()
      const location = response.headers.get('location')
      if (!location) throw new Error(`The sandbox answered ${request.url.pathname} with a redirect without a Location.`)
      const target = new URL(location, request.url)
      const leavesSandbox = target.origin !== start.origin
      const reachesRedirectUri = redirectUri !== null && `${target.origin}${target.pathname}` === redirectUri.split('?')[0]
      if (leavesSandbox || reachesRedirectUri) return target
      request = { url: target, method: 'GET' }
      continue
    }

    const html = await response.text()
    const error = textOf(/<p id="error"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1])
    const loginForm = /<form id="login"[^>]*action="([^"]+)"/.exec(html)
    const consentForm = /<form id="consent"[^>]*action="([^"]+)"/.exec(html)
    if (loginForm?.[1]) {
      if (loginSubmitted) throw new Error(`The sandbox refused the sign-in: ${error ?? `HTTP ${response.status}`}`)
      loginSubmitted = true
      request = {
        url: new URL(decodeEntities(loginForm[1]), request.url),
        method: 'POST',
        form: new URLSearchParams({ login: credentials.login, password: credentials.password }),
      }
      continue
    }
    if (consentForm?.[1]) {
      request = {
        url: new URL(decodeEntities(consentForm[1]), request.url),
        method: 'POST',
        form: new URLSearchParams({ decision: options?.deny ? 'deny' : 'authorize' }),
      }
      continue
    }
    throw new Error(
      `The sandbox stopped the login at ${request.url.pathname} (HTTP ${response.status}): ${error ?? 'no sign-in or consent form on the page'}`,
    )
  }
  throw new Error(`The sandbox login did not reach the redirect URI within ${MAX_STEPS} steps.`)
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '',
  )
}

function textOf(html: string | undefined): string | undefined {
  if (html === undefined) return undefined
  return decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}
