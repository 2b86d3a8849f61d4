import { createHash, randomBytes } from 'node:crypto'
import type { SandboxProcess } from '../../sandbox/process'

/** What the sandbox tests share: an access token got through the real OAuth2 flow, and plain REST calls with it. */

export const CALLBACK = 'http://127.0.0.1:9/oauth/callback'

export async function accessToken(sandbox: SandboxProcess, scope = 'repo'): Promise<string> {
  const verifier = randomBytes(32).toString('base64url')
  const authorize = new URL(`${sandbox.serverUrl}/login/oauth/authorize`)
  authorize.search = new URLSearchParams({
    client_id: sandbox.clientId,
    redirect_uri: CALLBACK,
    scope,
    state: randomBytes(8).toString('hex'),
    response_type: 'code',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString()
  const callback = await sandbox.login(authorize.toString())
  const response = await fetch(`${sandbox.serverUrl}/login/oauth/access_token`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    }),
    signal: AbortSignal.timeout(10_000),
  })
  return ((await response.json()) as { access_token: string }).access_token
}

export interface Answer<T = Record<string, unknown>> {
  status: number
  headers: Headers
  json: T
}

export function restClient(sandbox: SandboxProcess, token: () => string) {
  return async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> => {
    const response = await fetch(`${sandbox.serverUrl}/api/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${token()}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : {}) as T }
  }
}
