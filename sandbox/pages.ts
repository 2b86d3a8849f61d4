/**
 * The sandbox's own HTML pages (sign-in, authorize, errors). Plain HTML with a loud banner on every page, so nobody
 * mistakes the sandbox for GitHub. Markup ids (form#login, form#consent, #error) are what headlessLogin reads.
 */

/** What each GitHub OAuth scope lets the app do, in the words of GitHub's scope documentation. */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  repo: 'Full control of private repositories',
  'repo:status': 'Access commit status',
  repo_deployment: 'Access deployment status',
  public_repo: 'Access public repositories',
  'repo:invite': 'Access repository invitations',
  workflow: 'Update GitHub Action workflows',
  'read:org': 'Read org and team membership, read org projects',
  'write:org': 'Read and write org and team membership',
  'admin:org': 'Full control of orgs and teams',
  gist: 'Create gists',
  user: 'Update all user data',
  'read:user': 'Read all user profile data',
  'user:email': 'Access user email addresses (read-only)',
  'user:follow': 'Follow and unfollow users',
  notifications: 'Access notifications',
  delete_repo: 'Delete repositories',
  project: 'Full control of projects',
  'read:project': 'Read access of projects',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: #f6f8fa; color: #1f2328; }
  .banner { background: repeating-linear-gradient(45deg, #ffd33d, #ffd33d 18px, #1f2328 18px, #1f2328 36px); padding: 6px; }
  .banner strong { display: block; background: #ffd33d; color: #1f2328; text-align: center; font-size: 20px; padding: 8px; letter-spacing: .04em; }
  main { max-width: 380px; margin: 32px auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 20px 24px; }
  h1 { font-size: 22px; font-weight: 400; text-align: center; }
  label { display: block; font-weight: 600; margin: 12px 0 6px; }
  input[type=text], input[type=password], textarea, select { width: 100%; box-sizing: border-box; padding: 6px 10px; font-size: 15px; border: 1px solid #d0d7de; border-radius: 6px; }
  button { font-size: 15px; padding: 6px 16px; border-radius: 6px; border: 1px solid #1f883d; background: #1f883d; color: #fff; cursor: pointer; margin-top: 16px; }
  button.secondary { background: #f6f8fa; color: #cf222e; border-color: #d0d7de; }
  .buttons { display: flex; gap: 12px; justify-content: space-between; }
  #error { background: #ffebe9; border: 1px solid #ff818266; color: #82071e; padding: 10px; border-radius: 6px; }
  .hint { color: #59636e; font-size: 13px; }
  ul.scopes li { margin: 6px 0; }
  code { background: #eff1f3; padding: 1px 4px; border-radius: 4px; }
`

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SANDBOX — ${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="banner" role="banner"><strong>SANDBOX — this is not GitHub</strong></div>
<main>
${body}
</main>
</body>
</html>`
}

export function loginPage(input: { action: string; clientName: string; login?: string; error?: string; hint?: string }): string {
  return page(
    'Sign in',
    `<h1>Sign in to the sandbox</h1>
<p class="hint">to continue to <strong>${escapeHtml(input.clientName)}</strong></p>
${input.error ? `<p id="error" role="alert">${escapeHtml(input.error)}</p>` : ''}
<form id="login" method="post" action="${escapeHtml(input.action)}" autocomplete="off">
  <label for="login-field">Username</label>
  <input id="login-field" type="text" name="login" value="${escapeHtml(input.login ?? '')}" required autofocus>
  <label for="password-field">Password</label>
  <input id="password-field" type="password" name="password" required>
  <button type="submit">Sign in</button>
</form>
${input.hint ? `<p class="hint">${escapeHtml(input.hint)}</p>` : ''}`,
  )
}

export function consentPage(input: { action: string; clientName: string; login: string; scopes: string[]; redirectUri?: string }): string {
  const scopes = input.scopes.length
    ? `<ul class="scopes">${input.scopes
        .map((scope) => `<li><code>${escapeHtml(scope)}</code> — ${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? 'Unrecognised scope')}</li>`)
        .join('')}</ul>`
    : '<p>No scopes: read-only access to public information.</p>'
  return page(
    'Authorize application',
    `<h1>Authorize <strong>${escapeHtml(input.clientName)}</strong></h1>
<p>Signed in to the sandbox as <strong>${escapeHtml(input.login)}</strong>. The application asks for:</p>
${scopes}
${input.redirectUri ? `<p class="hint">You will be sent back to <code>${escapeHtml(input.redirectUri)}</code>.</p>` : ''}
<form id="consent" method="post" action="${escapeHtml(input.action)}">
  <div class="buttons">
    <button class="secondary" type="submit" name="decision" value="deny">Deny</button>
    <button type="submit" name="decision" value="authorize">Authorize</button>
  </div>
</form>`,
  )
}

export function errorPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p id="error" role="alert">${escapeHtml(message)}</p>`)
}

export function homePage(input: { serverUrl: string; login: string; repositories: string[] }): string {
  return page(
    'Sandbox GitHub',
    `<h1>Sandbox GitHub</h1>
<p>A local stand-in for GitHub: an OAuth2 authorization server at <code>/login/oauth/authorize</code> and
<code>/login/oauth/access_token</code>, and a REST API under <code>${escapeHtml(input.serverUrl)}/api/v3</code>.
State lives in memory and is lost when it stops.</p>
<p>Sandbox user: <strong>${escapeHtml(input.login)}</strong>.</p>
<ul>${input.repositories.map((name) => `<li><code>${escapeHtml(name)}</code></li>`).join('')}</ul>`,
  )
}
