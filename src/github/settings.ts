import { Misconfigured } from '../errors'
import { MAX_SERVER_LENGTH } from '../oauth2/state'

/** Where a GitHub lives: github.com, or a GitHub Enterprise Server root. */
export interface GitHubServer {
  /** Web root, e.g. https://github.com; the OAuth endpoints hang below it. */
  webOrigin: string
  /** REST API base: https://api.github.com, or <webOrigin>/api/v3 for Enterprise Server. */
  apiBase: string
  /** Where release assets are uploaded: https://uploads.github.com, or <webOrigin>/api/uploads for Enterprise Server. */
  uploadBase: string
  enterprise: boolean
  host: string
}

export interface ServiceSettings {
  clientId: string
  clientSecret: string
  server: GitHubServer
  /** Space-separated scopes requested from OAuth apps (GitHub Apps ignore them). */
  scopes: string
}

export const GITHUB_DOT_COM = 'https://github.com'

/**
 * What the shipped actions need from an OAuth app: repo (repositories, contents, issues,
 * pull requests, releases, workflow runs), workflow (dispatch and editing workflow files),
 * read:org (organisations), gist (Create Gist).
 * https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps
 */
export const DEFAULT_SCOPES = 'repo workflow read:org gist'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Every call reads the same setting: its parsed form is kept (a URL, nothing secret). */
const resolved = new Map<string, GitHubServer>()
const RESOLVED_KEPT = 16

export function resolveServer(serverUrl: unknown): GitHubServer {
  const key = typeof serverUrl === 'string' ? serverUrl : ''
  const known = resolved.get(key)
  if (known) return known
  const server = Object.freeze(parseServer(serverUrl))
  if (resolved.size >= RESOLVED_KEPT) resolved.clear()
  resolved.set(key, server)
  return server
}

function parseServer(serverUrl: unknown): GitHubServer {
  const raw = typeof serverUrl === 'string' && serverUrl.trim() !== '' ? serverUrl.trim() : GITHUB_DOT_COM
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Misconfigured(
      'serverUrl',
      'is not a URL. Use https://github.com or the root of your GitHub Enterprise Server, e.g. https://github.example.com.',
    )
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Misconfigured('serverUrl', 'must use https:// (plain http is accepted only for 127.0.0.1 or localhost, for local testing).')
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Misconfigured('serverUrl', 'must be a plain server root, without credentials, query or fragment.')
  }
  if (url.hostname === 'api.github.com' || /\/api\/v3\/?$/.test(url.pathname)) {
    throw new Misconfigured(
      'serverUrl',
      'is the API address; give the web root instead (https://github.com, or https://HOST for Enterprise Server).',
    )
  }
  if (url.hostname.endsWith('.github.com') || (url.hostname === 'github.com' && (url.pathname !== '/' || url.port !== ''))) {
    throw new Misconfigured('serverUrl', 'must be exactly https://github.com for github.com (no port or path, no other github.com host).')
  }
  const webOrigin = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  if (webOrigin.length > MAX_SERVER_LENGTH) {
    throw new Misconfigured('serverUrl', `is longer than ${MAX_SERVER_LENGTH} characters.`)
  }
  const enterprise = webOrigin !== GITHUB_DOT_COM
  const apiBase = apiBaseFor(url, webOrigin)
  return { webOrigin, apiBase, uploadBase: uploadBaseFor(apiBase, webOrigin), enterprise, host: url.host }
}

/**
 * github.com → api.github.com; GitHub Enterprise Cloud with data residency (SUBDOMAIN.ghe.com)
 * → api.SUBDOMAIN.ghe.com; GitHub Enterprise Server → <root>/api/v3.
 * https://docs.github.com/en/enterprise-cloud@latest/admin/data-residency/network-details-for-ghecom
 */
function apiBaseFor(url: URL, webOrigin: string): string {
  if (webOrigin === GITHUB_DOT_COM) return 'https://api.github.com'
  if (/^[a-z0-9-]+\.ghe\.com$/i.test(url.hostname) && url.pathname === '/' && url.port === '') return `https://api.${url.hostname}`
  return `${webOrigin}/api/v3`
}

/** api.github.com → uploads.github.com, api.SUBDOMAIN.ghe.com → uploads.SUBDOMAIN.ghe.com, <root>/api/v3 → <root>/api/uploads. */
function uploadBaseFor(apiBase: string, webOrigin: string): string {
  if (apiBase.endsWith('/api/v3')) return `${webOrigin}/api/uploads`
  return apiBase.replace('://api.', '://uploads.')
}

export function readSettings(config: Record<string, unknown> | undefined): ServiceSettings {
  const clientId = requiredSetting(config, 'clientId', 'Copy the Client ID from the settings page of your GitHub OAuth app or GitHub App.')
  const clientSecret = requiredSetting(
    config,
    'clientSecret',
    'Generate a client secret on the settings page of your GitHub OAuth app or GitHub App.',
  )
  const rawScopes = config?.['scopes']
  const scopes = typeof rawScopes === 'string' && rawScopes.trim() !== '' ? normaliseScopes(rawScopes) : DEFAULT_SCOPES
  return { clientId, clientSecret, server: resolveServer(config?.['serverUrl']), scopes }
}

function requiredSetting(config: Record<string, unknown> | undefined, name: string, hint: string): string {
  const value = config?.[name]
  if (typeof value !== 'string' || value.trim() === '') throw new Misconfigured(name, `is not set. ${hint}`)
  if (/\s/.test(value.trim()) || value.trim().length > 256) throw new Misconfigured(name, `is not a valid value. ${hint}`)
  return value.trim()
}

function normaliseScopes(scopes: string): string {
  const list = scopes.split(/[\s,]+/).filter(Boolean)
  for (const scope of list) {
    if (!/^[a-z0-9:_-]{1,64}$/i.test(scope)) {
      throw new Misconfigured(
        'scopes',
        `contains "${scope.slice(0, 64)}", which is not a GitHub scope name. Separate scopes with spaces, e.g. "repo read:org".`,
      )
    }
  }
  return [...new Set(list)].join(' ')
}
