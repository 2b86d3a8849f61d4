/**
 * Drives the sandbox's own login and consent pages over HTTP (cookies kept), starting from an authorization URL that
 * already carries redirect_uri; returns the final redirect target (the callback URL with code & state, or with
 * error=access_denied when deny is true) WITHOUT requesting it.
 */
export async function headlessLogin(
  authorizationUrl: string,
  credentials: { login: string; password: string },
  options?: { deny?: boolean },
): Promise<URL> {
  void authorizationUrl
  void credentials
  void options
  throw new Error('not ready')
}
