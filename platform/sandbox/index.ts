/**
 * A sandbox GitHub on 127.0.0.1: a real OAuth2 authorization server (oidc-provider) mounted at GitHub's paths and a
 * REST stand-in under /api/v3. Not GitHub — it says so everywhere.
 */

export interface SandboxOptions {
  port?: number // 0 (default) = random free port; always binds 127.0.0.1
  redirectUris: string[] // exact redirect URIs registered for the sandbox OAuth client
  accessTokenTtlSeconds?: number // default 60 (short, so refresh happens within a minute)
  refreshTokenTtlSeconds?: number // default 86400
  clientId?: string // default: generated, shaped like a GitHub App client id ("Iv1." + 16 hex)
  clientSecret?: string // default: generated random 40 hex
}

export interface SandboxUser {
  login: string
  password: string
  name: string
  id: number
}

export interface Sandbox {
  serverUrl: string // 'http://127.0.0.1:<port>' — the service's serverUrl, exactly like a GitHub Enterprise Server root
  clientId: string
  clientSecret: string
  user: SandboxUser // the seeded sandbox user (login 'sandbox-octocat', a known password)
  counters(): { codeExchanges: number; refreshGrants: number; apiRequests: number }
  setTokenEndpointDown(down: boolean): void // fault injection: token endpoint answers 503 while down
  close(): Promise<void>
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  void options
  throw new Error('not ready')
}
