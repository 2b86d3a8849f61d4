'use strict'
/* global window, document, history, Node -- runs in the browser */

/*
 * The local platform console: plain DOM, no framework. Every value from the service or a
 * provider is put in the page as text (never as HTML). Tokens never reach this page.
 */

const state = {
  service: null,
  environment: null,
  connections: [],
  serverOffset: 0,
  operation: null,
  form: null,
}

// ---------------------------------------------------------------------------------------
// Small helpers

function h(tag, attributes, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue
    if (name === 'class') element.className = value
    else if (name === 'text') element.textContent = value
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value)
    else if (value === true) element.setAttribute(name, '')
    else element.setAttribute(name, String(value))
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue
    element.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return element
}

function $(id) {
  return document.getElementById(id)
}

const UNREACHABLE = 'The console cannot reach the local platform. Is `npm start` still running? Start it again, then reload this page.'

async function api(path, options = {}) {
  let response
  try {
    response = await fetch(path, {
      method: options.method || 'GET',
      headers: { 'x-platform-console': '1', ...(options.body !== undefined && { 'content-type': 'application/json' }) },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    })
  } catch {
    return { ok: false, error: { message: UNREACHABLE } }
  }
  const data = await response.json().catch(() => ({}))
  if (response.status === 401) {
    // The platform restarted (a new token) or the cookie is gone: only the printed link signs in again.
    $('signed-out').textContent =
      (data.error && data.error.message) || 'This console needs its sign-in link: open the address `npm start` printed.'
    $('signed-out').hidden = false
    return { ok: false, signedOut: true, error: data.error || { message: $('signed-out').textContent } }
  }
  if (!response.ok && data.error && data.ok === undefined) {
    return { ok: false, error: data.error }
  }
  return data
}

function errorText(error) {
  if (!error) return 'Unknown error.'
  const parts = [error.message]
  const codes = []
  if (typeof error.code === 'number') codes.push(`code ${error.code}`)
  if (typeof error.httpStatusCode === 'number' && error.httpStatusCode > 0) codes.push(`HTTP ${error.httpStatusCode}`)
  if (codes.length) parts.push(`(${codes.join(', ')})`)
  return parts.join(' ')
}

function toast(message, kind = 'info') {
  const element = $('toast')
  element.textContent = message
  element.className = `toast ${kind}`
  element.hidden = false
  clearTimeout(toast.timer)
  toast.timer = setTimeout(() => (element.hidden = true), 4000)
}

function now() {
  return Date.now() + state.serverOffset
}

function formatClock(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

function formatWhen(ms) {
  const date = new Date(ms)
  const today = new Date()
  return date.toDateString() === today.toDateString() ? formatClock(ms) : date.toLocaleString()
}

function formatDuration(ms) {
  const total = Math.max(0, Math.round(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const pad = (n) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`
}

/** JSON with syntax colouring, built from text nodes. */
function renderJson(target, value) {
  target.replaceChildren()
  const text = JSON.stringify(value, null, 2)
  if (text === undefined) {
    target.append(h('span', { class: 'placeholder', text: 'No value.' }))
    return
  }
  const pattern = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false)\b|\b(null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) target.append(text.slice(last, match.index))
    if (match[1]) {
      target.append(h('span', { class: match[2] ? 'j-key' : 'j-string', text: match[1] }))
      if (match[2]) target.append(match[2])
    } else if (match[3]) target.append(h('span', { class: 'j-bool', text: match[3] }))
    else if (match[4]) target.append(h('span', { class: 'j-null', text: match[4] }))
    else target.append(h('span', { class: 'j-number', text: match[5] }))
    last = match.index + match[0].length
  }
  target.append(text.slice(last))
}

// ---------------------------------------------------------------------------------------
// Service, environment and configuration

function renderEnvironment() {
  const environment = state.environment
  const element = $('environment')
  element.replaceChildren()
  if (!environment) return
  element.hidden = false
  element.className = `environment ${environment.sandbox ? 'sandbox' : 'live'}`
  const content = h(
    'div',
    { class: 'environment-inner' },
    h('span', { class: 'environment-badge', text: environment.sandbox ? 'SANDBOX' : 'LIVE' }),
    h('span', { class: 'environment-text', text: environment.provider }),
    environment.signIn
      ? h(
          'span',
          { class: 'environment-signin' },
          'Sign in as ',
          h('code', { text: environment.signIn.login }),
          ' / ',
          h('code', { text: environment.signIn.password }),
        )
      : null,
  )
  element.append(content)
  for (const note of environment.notes || []) element.append(h('div', { class: 'environment-note', text: note }))
}

function renderService() {
  const service = state.service
  document.title = `${service.displayName} · Local platform console`
  $('service-name').textContent = service.displayName
  $('service-description').textContent = service.description
  const icon = $('service-icon')
  icon.replaceChildren()
  if (service.icon) icon.append(h('img', { src: service.icon, alt: '' }))
  else icon.append(h('span', { text: service.displayName.slice(0, 1) }))

  const counts = countKinds(service.operations)
  const facts = [
    ['Service', service.name],
    ['Version', service.version],
    [
      'Operations',
      [
        `${counts.ACTION || 0} actions`,
        `${counts.DICTIONARY || 0} dictionaries`,
        (counts.REALTIME_TRIGGER || 0) + (counts.POLLING_TRIGGER || 0)
          ? `${(counts.REALTIME_TRIGGER || 0) + (counts.POLLING_TRIGGER || 0)} triggers`
          : null,
        `${counts.SYSTEM || 0} system`,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    ['Authentication', service.requireOAuth ? 'OAuth2' : 'None'],
  ]
  $('service-facts').replaceChildren(...facts.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', { text: value })]))

  $('config').replaceChildren(
    ...service.configItems.flatMap((item) => [
      h(
        'dt',
        { title: item.hint },
        item.displayName,
        item.required ? h('span', { class: 'required', title: 'required', text: ' *' }) : null,
      ),
      h(
        'dd',
        { class: item.missing ? 'missing' : '' },
        item.missing
          ? h('span', { class: 'warning-text', text: 'Not set' })
          : h('code', { class: item.secret ? 'secret' : '', text: item.value || '—' }),
        item.isDefault ? h('span', { class: 'tag', text: 'default' }) : null,
        item.secret && !item.missing ? h('span', { class: 'tag', text: 'masked' }) : null,
      ),
    ]),
  )
  $('callback-url').textContent = state.callbackUrl
}

function countKinds(operations) {
  const counts = {}
  for (const operation of operations) counts[operation.kind] = (counts[operation.kind] || 0) + 1
  return counts
}

function categoryOf(operation) {
  return operation.category || 'Other'
}

function sortedActions() {
  return state.service.operations
    .filter((operation) => operation.kind === 'ACTION')
    .sort((a, b) => categoryOf(a).localeCompare(categoryOf(b)) || a.name.localeCompare(b.name))
}

function renderOperations() {
  const operations = state.service.operations
  $('operation-count').textContent = String(operations.length)
  const groups = new Map()
  for (const operation of sortedActions()) {
    const key = categoryOf(operation)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(operation)
  }
  const others = (kind) => operations.filter((operation) => operation.kind === kind)
  const extraKinds = [...new Set(operations.map((operation) => operation.kind))].filter((kind) => kind !== 'ACTION')
  const sections = [
    ...[...groups.entries()].map(([category, list]) => operationGroup(category, list)),
    ...extraKinds.map((kind) => operationGroup(kindTitle(kind), others(kind))),
  ]
  $('operations').replaceChildren(
    h('p', {
      class: 'muted small',
      text: 'Everything the service declares, as the platform reads it from the CodeRunner model. Open an operation to see its descriptor.',
    }),
    ...sections,
    h(
      'details',
      { class: 'raw-descriptor', ontoggle: loadRawDescriptor },
      h('summary', { text: 'Raw model descriptor (CodeRunner JSON)' }),
      h('pre', { class: 'json', id: 'raw-descriptor' }),
    ),
  )
}

function kindTitle(kind) {
  return (
    {
      SYSTEM: 'System (called by the platform)',
      DICTIONARY: 'Dictionaries',
      REALTIME_TRIGGER: 'Realtime triggers',
      POLLING_TRIGGER: 'Polling triggers',
    }[kind] || kind
  )
}

function operationGroup(title, list) {
  const preview = list.map((operation) => operation.name).join(' · ')
  return h(
    'details',
    { class: 'operation-group' },
    h(
      'summary',
      { class: 'group-summary' },
      h('span', { class: 'group-title', text: title }),
      h('span', { class: 'count', text: String(list.length) }),
      h('span', { class: 'group-preview', text: preview }),
    ),
    h(
      'ul',
      { class: 'operation-list' },
      list.map((operation) =>
        h(
          'li',
          {},
          h(
            'details',
            {},
            h(
              'summary',
              {},
              h('span', { class: 'operation-name', text: operation.name }),
              h('span', { class: `kind kind-${operation.kind.toLowerCase()}`, text: operation.kind }),
              operation.route ? h('code', { class: 'route', text: `${operation.route.verb} ${operation.route.path}` }) : null,
            ),
            h(
              'div',
              { class: 'operation-detail' },
              h('p', { class: 'small', text: operation.description }),
              operation.kind !== 'SYSTEM'
                ? h('button', {
                    type: 'button',
                    class: 'button small',
                    onclick: () => openInInvoke(operation.method),
                    text: 'Open in Invoke',
                  })
                : h('p', { class: 'muted small', text: 'Called by the platform during login and refresh.' }),
            ),
            h('pre', { class: 'json compact' }, jsonNode(operation)),
          ),
        ),
      ),
    ),
  )
}

function openInInvoke(method) {
  $('operation-select').value = method
  selectOperation(method)
  $('invoke-title').scrollIntoView({ behavior: 'smooth', block: 'start' })
}

function jsonNode(value) {
  const element = h('code')
  renderJson(element, value)
  return element
}

async function loadRawDescriptor(event) {
  if (!event.target.open || loadRawDescriptor.done) return
  loadRawDescriptor.done = true
  const data = await api('/api/descriptor')
  renderJson($('raw-descriptor'), data.raw)
}

// ---------------------------------------------------------------------------------------
// Connections

const STATUS_TEXT = {
  active: 'Active',
  refreshing: 'Refreshing…',
  refresh_failed: 'Refresh failed — will retry',
  reconnect_required: 'Reconnect required',
}

async function loadConnections() {
  const data = await api('/api/connections')
  $('offline').hidden = Array.isArray(data.connections) || data.signedOut === true
  if (!Array.isArray(data.connections)) return
  state.serverOffset = data.serverTime - Date.now()
  const snapshot = JSON.stringify(data.connections)
  if (snapshot === state.connectionsSnapshot) return // keeps open details and focus while nothing changed
  state.connectionsSnapshot = snapshot
  const previous = new Set(state.connections.map((connection) => connection.id))
  state.connections = data.connections
  renderConnections()
  renderConnectionSelect(data.connections.find((connection) => !previous.has(connection.id))?.id)
}

function renderConnections() {
  const list = $('connections')
  $('connection-count').textContent = String(state.connections.length)
  if (state.connections.length === 0) {
    list.replaceChildren(h('li', { class: 'empty', text: 'No connection yet. Log in to connect an account.' }))
    return
  }
  list.replaceChildren(...state.connections.map(connectionItem))
  updateCountdowns()
}

function avatar(connection) {
  const url = connection.identityImageUrl
  if (url && /^https?:\/\//i.test(url)) return h('img', { class: 'avatar', src: url, alt: '' })
  return h('span', { class: 'avatar placeholder', text: connection.identityName.slice(0, 1).toUpperCase() })
}

function connectionItem(connection) {
  const expiry =
    connection.expiresAt === null
      ? h('span', { text: 'Never expires' })
      : h('span', { class: 'countdown', 'data-expires': connection.expiresAt })
  const refreshed = connection.lastRefreshAt
    ? `Refreshed ${formatClock(connection.lastRefreshAt)} (${connection.refreshCount}×)`
    : connection.refreshable
      ? 'Not refreshed yet'
      : 'No refresh token'
  const failure = connection.failure
    ? h(
        'div',
        { class: `connection-failure ${connection.status === 'reconnect_required' ? 'error' : 'warning'}` },
        errorText(connection.failure),
        connection.status === 'refresh_failed' && connection.nextRefreshAt
          ? ` Next attempt at ${formatClock(connection.nextRefreshAt)}.`
          : '',
      )
    : null
  return h(
    'li',
    { class: `connection status-${connection.status}`, 'data-connection': connection.id },
    h(
      'div',
      { class: 'connection-head' },
      avatar(connection),
      h(
        'div',
        { class: 'connection-title' },
        h('strong', { text: connection.identityName, title: connection.identityName }),
        h('span', { class: 'muted small', text: `Connected ${formatWhen(connection.createdAt)}` }),
      ),
      h('span', { class: `status-pill ${connection.status}`, text: STATUS_TEXT[connection.status] || connection.status }),
    ),
    h(
      'dl',
      { class: 'connection-facts' },
      h('dt', { text: 'Token' }),
      h('dd', {}, h('code', { text: connection.tokenMask }), ' · ', expiry),
      h('dt', { text: 'Refresh' }),
      h(
        'dd',
        {},
        connection.refreshTokenMask ? h('code', { text: connection.refreshTokenMask }) : null,
        connection.refreshTokenMask ? ' · ' : '',
        refreshed,
      ),
    ),
    failure,
    connection.userData !== null && connection.userData !== undefined
      ? h(
          'details',
          { class: 'user-data' },
          h('summary', { text: 'userData' }),
          h('pre', { class: 'json compact' }, jsonNode(connection.userData)),
        )
      : null,
    h(
      'div',
      { class: 'connection-actions' },
      // Reconnect required: refreshing cannot help any more, so only Reconnect and Delete are offered.
      ...(connection.status === 'reconnect_required'
        ? [
            h('button', {
              type: 'button',
              class: 'button small primary',
              title: 'Log in again; the new connection replaces this one.',
              onclick: login,
              text: 'Reconnect',
            }),
          ]
        : [
            h(
              'button',
              {
                type: 'button',
                class: 'button small',
                onclick: (event) => connectionAction(connection, 'refresh', event.currentTarget),
                disabled: !connection.refreshable || connection.status === 'refreshing',
              },
              connection.status === 'refreshing' ? 'Refreshing…' : 'Refresh now',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'button small',
                title: 'Treat the token as expired now: the next invocation refreshes it on demand.',
                onclick: () => connectionAction(connection, 'expire'),
                disabled: connection.expiresAt === null,
              },
              'Simulate expiry',
            ),
          ]),
      h('button', { type: 'button', class: 'button small danger', onclick: () => deleteConnection(connection) }, 'Delete'),
    ),
  )
}

function updateCountdowns() {
  for (const element of document.querySelectorAll('.countdown')) {
    const left = Number(element.dataset.expires) - now()
    element.textContent = left > 0 ? `expires in ${formatDuration(left)}` : 'expired'
    element.classList.toggle('expired', left <= 0)
  }
}

async function connectionAction(connection, action, button) {
  if (button && action === 'refresh') {
    button.disabled = true
    button.textContent = 'Refreshing…'
  }
  const result = await api(`/api/connections/${connection.id}/${action}`, { method: 'POST', body: {} })
  state.connectionsSnapshot = null // re-render even when nothing changed, to reset the button
  if (result.ok === false) toast(errorText(result.error), 'error')
  else if (action === 'refresh') toast(`Token of ${connection.identityName} refreshed.`, 'success')
  else toast(`Token of ${connection.identityName} marked expired; the next invocation refreshes it.`)
  await loadConnections()
}

async function deleteConnection(connection) {
  if (!window.confirm(`Delete the connection "${connection.identityName}"? Its tokens are removed from the store.`)) return
  const result = await api(`/api/connections/${connection.id}`, { method: 'DELETE' })
  if (result.ok === false) toast(errorText(result.error), 'error')
  await loadConnections()
}

function renderConnectionSelect(preferredId) {
  fillConnectionSelect($('connection-select'), preferredId, true)
  fillConnectionSelect($('trigger-connection-select'), preferredId, false)
}

function fillConnectionSelect(select, preferredId, offerNone) {
  const current = preferredId || select.value
  select.replaceChildren(
    offerNone ? h('option', { value: '', text: 'No connection (no token)' }) : null,
    ...state.connections.map((connection) =>
      h('option', { value: connection.id, text: `${connection.identityName} — ${STATUS_TEXT[connection.status] || connection.status}` }),
    ),
  )
  const ids = state.connections.map((connection) => connection.id)
  select.value = ids.includes(current)
    ? current
    : (state.connections.find((connection) => connection.status !== 'reconnect_required')?.id ?? '')
}

// ---------------------------------------------------------------------------------------
// Login

function showLoginMessage(text, kind) {
  const element = $('login-message')
  element.textContent = text
  element.className = `notice ${kind}`
  element.hidden = !text
}

async function login() {
  showLoginMessage('', 'info')
  // Opened synchronously on the click, so popup blockers let it through.
  const popup = window.open('about:blank', 'oauth2-login', 'popup,width=560,height=760')
  const result = await api('/api/login', { method: 'POST', body: {} })
  if (!result.ok) {
    if (popup) popup.close()
    showLoginMessage(`The login could not start: ${errorText(result.error)}`, 'error')
    return
  }
  if (popup) {
    popup.location.href = result.url
    showLoginMessage('Complete the sign-in in the popup window…', 'info')
  } else {
    window.location.href = result.url
  }
}

window.addEventListener('message', async (event) => {
  if (event.origin !== window.location.origin || !event.data || event.data.type !== 'platform:oauth-result') return
  if (event.data.ok) {
    showLoginMessage(`Connected as ${event.data.connection.identityName}.`, 'success')
    await loadConnections()
    renderConnectionSelect(event.data.connection.id)
  } else {
    // The provider's error_description can be anyone's text (a crafted callback URL): quoted and labelled, never stated as fact.
    const words =
      typeof event.data.providerWords === 'string' && event.data.providerWords
        ? ` The provider’s own words (not checked by the platform): “${event.data.providerWords}”`
        : ''
    showLoginMessage(`The login was not completed: ${errorText(event.data.error)}${words}`, 'error')
  }
})

// ---------------------------------------------------------------------------------------
// Invoke: a form generated from the @paramDefs

function renderOperationSelect() {
  const select = $('operation-select')
  const groups = new Map()
  for (const operation of sortedActions()) {
    const key = categoryOf(operation)
    if (!groups.has(key)) groups.set(key, h('optgroup', { label: key }))
    groups.get(key).append(h('option', { value: operation.method, text: operation.name }))
  }
  const dictionaries = state.service.operations.filter((operation) => operation.kind === 'DICTIONARY')
  if (dictionaries.length) {
    groups.set(
      '\u0000dictionaries',
      h(
        'optgroup',
        { label: 'Dictionaries' },
        dictionaries.map((operation) => h('option', { value: operation.method, text: operation.name })),
      ),
    )
  }
  select.replaceChildren(...groups.values())
  const fromHash = operationFromHash()
  if (fromHash && state.service.operations.some((operation) => operation.method === fromHash && operation.kind !== 'SYSTEM'))
    select.value = fromHash
  else {
    // The service's own first action (its author's order), not whatever sorts first alphabetically.
    const first = state.service.operations.find((operation) => operation.kind === 'ACTION')
    if (first) select.value = first.method
  }
  selectOperation(select.value)
}

/** The operation named in the address's fragment; a fragment that is not valid percent-encoding (e.g. `#%`) names none. */
function operationFromHash() {
  try {
    return decodeURIComponent(window.location.hash.slice(1))
  } catch {
    return ''
  }
}

function selectOperation(method) {
  const operation = state.service.operations.find((item) => item.method === method)
  state.operation = operation || null
  if (!operation) {
    $('operation-summary').replaceChildren(h('p', { class: 'muted', text: 'This service declares no actions.' }))
    $('params').replaceChildren()
    return
  }
  if (window.location.hash.slice(1) !== method) history.replaceState(null, '', `#${encodeURIComponent(method)}`)
  $('operation-summary').replaceChildren(
    h(
      'div',
      { class: 'operation-heading' },
      h('h3', { text: operation.name }),
      h('span', { class: `kind kind-${operation.kind.toLowerCase()}`, text: operation.kind }),
      operation.route ? h('code', { class: 'route', text: `${operation.route.verb} ${operation.route.path}` }) : null,
    ),
    h('p', { class: 'operation-description', text: operation.description }),
  )
  state.form = buildForm(operation)
  $('params').replaceChildren(...state.form.elements)
  if (state.form.elements.length === 0) $('params').append(h('p', { class: 'muted small', text: 'This operation takes no parameters.' }))
  if (operation.sampleResult === undefined)
    $('sample-result').replaceChildren(h('span', { class: 'placeholder', text: 'This operation declares no @sampleResult.' }))
  else renderJson($('sample-result'), operation.sampleResult)
  $('result').replaceChildren(h('span', { class: 'placeholder', text: 'Invoke the operation to see its result here.' }))
  $('result-status').replaceChildren()
  delete $('result-status').dataset.state
  $('form-status').textContent = ''
}

function buildForm(operation, connectionSelectId = 'connection-select') {
  const fields = new Map()
  // Dictionaries of this form ask with the connection picked next to it.
  fields.connectionSelectId = connectionSelectId
  const elements = []
  for (const param of operation.params) {
    if (param.hidden) continue
    const field = createField(param, fields)
    fields.set(param.name, field)
    elements.push(field.element)
  }
  // A value picked for another repository (say) means nothing once the repository changes.
  for (const param of operation.params) {
    for (const dependency of param.dependsOn || []) {
      fields.get(dependency)?.element.addEventListener('change', () => fields.get(param.name)?.clear())
    }
  }
  return {
    elements,
    collect() {
      const args = []
      let valid = true
      let firstInvalid = null
      const invalid = (field, message) => {
        field.setError(message)
        valid = false
        firstInvalid = firstInvalid || field
      }
      for (const param of operation.params) {
        const field = fields.get(param.name)
        if (!field) {
          args.push(param.defaultValue === undefined ? null : param.defaultValue)
          continue
        }
        let value
        try {
          value = field.read()
          field.setError('')
        } catch (error) {
          invalid(field, error.message)
          args.push(null)
          continue
        }
        if (value === undefined && param.required) invalid(field, `${param.label} is required.`)
        args.push(value === undefined ? null : value)
      }
      if (firstInvalid) firstInvalid.focus()
      return { args, valid }
    },
    read(name) {
      const field = fields.get(name)
      if (!field) return undefined
      try {
        return field.read()
      } catch {
        return undefined
      }
    },
    labelOf(name) {
      return operation.params.find((param) => param.name === name)?.label || name
    },
  }
}

function componentOf(param) {
  const typeName = param.type?.name || 'String'
  if (param.uiComponent?.type) return param.uiComponent.type
  if (param.dictionary) return 'DICTIONARY'
  if (typeName === 'Boolean') return 'CHECKBOX'
  if (typeName === 'Number') return 'NUMERIC'
  if (typeName === 'Object') return 'JSON'
  return 'SINGLE_LINE_TEXT'
}

function isArray(param) {
  return /^Array\b/.test(param.type?.name || '')
}

let fieldSequence = 0
let optionSequence = 0

function createField(param, fields) {
  const id = `param-${++fieldSequence}`
  const error = h('div', { class: 'field-error', role: 'alert' })
  const help = param.description ? h('div', { class: 'field-help', id: `${id}-help`, text: param.description }) : null
  let control
  if (isArray(param)) control = listControl(param, id, fields)
  else control = singleControl(param, id, fields)
  const typeLabel = param.type ? param.type.name : 'String'
  const element = h(
    'div',
    { class: `param param-${control.kind.toLowerCase()}`, 'data-param': param.name },
    h(
      'label',
      { class: 'field-label', for: id },
      param.label,
      param.required ? h('span', { class: 'required', title: 'required', text: ' *' }) : null,
      h('span', { class: 'type-hint', text: typeLabel }),
    ),
    control.element,
    help,
    error,
  )
  const setError = (message) => {
    error.textContent = message
    element.classList.toggle('invalid', Boolean(message))
  }
  // An error goes away as soon as the field is edited; the next Invoke checks again.
  element.addEventListener('input', () => setError(''))
  element.addEventListener('change', () => setError(''))
  return {
    element,
    read: control.read,
    clear: () => control.clear?.(),
    setError,
    focus() {
      element.querySelector('input, select, textarea')?.focus()
    },
  }
}

/** A control for one value; `read` returns undefined when empty and throws on an invalid value. */
function singleControl(param, id, fields, elementType) {
  const kind = elementType
    ? param.dictionary
      ? 'DICTIONARY'
      : elementType === 'Number'
        ? 'NUMERIC'
        : 'SINGLE_LINE_TEXT'
    : componentOf(param)
  const initial = elementType ? undefined : param.defaultValue
  const describedBy = param.description ? `${id}-help` : undefined
  switch (kind) {
    case 'MULTI_LINE_TEXT': {
      const input = h('textarea', { id, rows: 4, 'aria-describedby': describedBy })
      if (initial !== undefined && initial !== null) input.value = String(initial)
      return { kind, element: input, read: () => (input.value === '' ? undefined : input.value) }
    }
    case 'DROPDOWN': {
      const values = (param.uiComponent?.options?.values || []).map((option) =>
        typeof option === 'object' && option !== null
          ? { label: String(option.label ?? option.value), value: option.value }
          : { label: String(option), value: option },
      )
      const select = h(
        'select',
        { id, 'aria-describedby': describedBy },
        h('option', { value: '', text: param.required ? 'Choose…' : '(not set)' }),
        values.map((option, index) => h('option', { value: String(index), text: option.label })),
      )
      const initialIndex = values.findIndex((option) => option.value === initial || option.label === initial)
      if (initialIndex >= 0) select.value = String(initialIndex)
      return { kind, element: select, read: () => (select.value === '' ? undefined : values[Number(select.value)].value) }
    }
    case 'TOGGLE':
    case 'CHECKBOX': {
      const input = h('input', { id, type: 'checkbox', 'aria-describedby': describedBy })
      input.checked = initial === true || initial === 'true'
      const text = h('span', { class: 'switch-text' })
      const sync = () => (text.textContent = input.checked ? 'Yes' : 'No')
      input.addEventListener('change', sync)
      sync()
      const element = h(
        'label',
        { class: kind === 'TOGGLE' ? 'switch' : 'checkbox' },
        input,
        h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
        text,
      )
      return { kind, element, read: () => input.checked }
    }
    case 'NUMERIC':
    case 'NUMERIC_STEPPER': {
      const input = h('input', { id, type: 'number', step: 'any', 'aria-describedby': describedBy })
      if (initial !== undefined && initial !== null) input.value = String(initial)
      const read = () => {
        if (input.value.trim() === '') {
          if (input.validity.badInput) throw new Error(`${param.label} must be a number.`)
          return undefined
        }
        const value = Number(input.value)
        if (!Number.isFinite(value)) throw new Error(`${param.label} must be a number.`)
        return value
      }
      if (kind === 'NUMERIC') return { kind, element: input, read }
      const step = (delta) => () => {
        input.value = String((Number(input.value) || 0) + delta)
      }
      const element = h(
        'div',
        { class: 'stepper' },
        h('button', { type: 'button', class: 'button small', 'aria-label': 'decrease', onclick: step(-1) }, '−'),
        input,
        h('button', { type: 'button', class: 'button small', 'aria-label': 'increase', onclick: step(1) }, '+'),
      )
      return { kind, element, read }
    }
    case 'DATE_PICKER':
    case 'DATE_TIME_PICKER': {
      const withTime = kind === 'DATE_TIME_PICKER'
      const input = h('input', { id, type: withTime ? 'datetime-local' : 'date', 'aria-describedby': describedBy })
      if (typeof initial === 'number')
        input.value = withTime
          ? new Date(initial - new Date(initial).getTimezoneOffset() * 60000).toISOString().slice(0, 16)
          : new Date(initial).toISOString().slice(0, 10)
      const read = () => {
        if (input.value === '') return undefined
        const ms = withTime ? new Date(input.value).getTime() : Date.parse(`${input.value}T00:00:00Z`)
        if (!Number.isFinite(ms)) throw new Error(`${param.label} is not a valid date.`)
        return ms // FlowRunner passes dates as timestamps in ms
      }
      const hint = h('div', { class: 'muted small picker-hint' })
      const describe = () => {
        let ms
        try {
          ms = read()
        } catch {
          ms = undefined
        }
        hint.textContent =
          ms === undefined ? 'Sent as a timestamp in ms (local time).' : `Sent as ${ms} (ms, ${new Date(ms).toISOString()}).`
      }
      input.addEventListener('input', describe)
      input.addEventListener('change', describe)
      describe()
      return { kind, element: h('div', { class: 'picker' }, input, hint), read }
    }
    case 'JSON': {
      const input = h('textarea', { id, rows: 4, class: 'mono', placeholder: '{ }', 'aria-describedby': describedBy })
      if (initial !== undefined && initial !== null) input.value = JSON.stringify(initial, null, 2)
      const read = () => {
        if (input.value.trim() === '') return undefined
        try {
          return JSON.parse(input.value)
        } catch {
          throw new Error(`${param.label} must be valid JSON.`)
        }
      }
      return { kind, element: input, read }
    }
    case 'DICTIONARY':
      return dictionaryControl(param, id, fields, initial, describedBy)
    case 'FILE_SELECTOR': {
      const input = h('input', { id, type: 'url', placeholder: 'https://… (a file URL)', 'aria-describedby': describedBy })
      if (initial !== undefined && initial !== null) input.value = String(initial)
      return { kind, element: input, read: () => (input.value.trim() === '' ? undefined : input.value.trim()) }
    }
    default: {
      if (param.dictionary) return dictionaryControl(param, id, fields, initial, describedBy)
      const input = h('input', { id, type: 'text', autocomplete: 'off', 'aria-describedby': describedBy })
      if (initial !== undefined && initial !== null) input.value = String(initial)
      return { kind: 'SINGLE_LINE_TEXT', element: input, read: () => (input.value === '' ? undefined : input.value) }
    }
  }
}

/** Array<…>: a list of single values (JSON for arrays of objects). */
function listControl(param, id, fields) {
  const elementType = param.type?.elementType?.name || 'String'
  if (elementType !== 'String' && elementType !== 'Number') {
    const control = singleControl({ ...param, type: { name: 'Object' }, uiComponent: undefined, dictionary: undefined }, id, fields)
    return {
      kind: 'JSON',
      element: control.element,
      read() {
        const value = control.read()
        if (value !== undefined && !Array.isArray(value)) throw new Error(`${param.label} must be a JSON array.`)
        return value
      },
    }
  }
  const rows = []
  const container = h('div', { class: 'list-rows' })
  const addRow = (value) => {
    const control = singleControl(param, rows.length === 0 ? id : `${id}-${rows.length}`, fields, elementType)
    const row = h('div', { class: 'list-row' }, control.element)
    const entry = { row, control }
    row.append(
      h('button', {
        type: 'button',
        class: 'button small subtle',
        'aria-label': 'remove',
        onclick: () => {
          rows.splice(rows.indexOf(entry), 1)
          row.remove()
        },
        text: '×',
      }),
    )
    if (value !== undefined) {
      const input = control.element.querySelector?.('input') || control.element
      input.value = String(value)
    }
    rows.push(entry)
    container.append(row)
  }
  const initial = Array.isArray(param.defaultValue) ? param.defaultValue : []
  if (initial.length) initial.forEach(addRow)
  else addRow()
  const element = h(
    'div',
    { class: 'list' },
    container,
    h('button', { type: 'button', class: 'button small subtle add', onclick: () => addRow(), text: '+ Add item' }),
  )
  return {
    kind: 'LIST',
    element,
    read() {
      const values = rows.map((entry) => entry.control.read()).filter((value) => value !== undefined)
      return values.length ? values : undefined
    },
    clear() {
      for (const entry of rows) entry.control.clear?.()
    },
  }
}

/** A searchable picker backed by the service's DICTIONARY method, with "load more" and criteria from dependsOn. */
function dictionaryControl(param, id, fields, initial, describedBy) {
  const input = h('input', {
    id,
    type: 'text',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-describedby': describedBy,
    placeholder: 'Search or type a value…',
  })
  const list = h('ul', { class: 'dictionary-items', role: 'listbox' })
  const footer = h('div', { class: 'dictionary-footer' })
  const panel = h('div', { class: 'dictionary-panel', hidden: true }, list, footer)
  const picked = h('div', { class: 'dictionary-picked muted small' })
  const wrapper = h('div', { class: 'dictionary' }, input, panel, picked)
  let selected = null // { label, value } when chosen from the list
  let cursor = null
  let request = 0
  let timer = null
  if (initial !== undefined && initial !== null) input.value = String(initial)

  const criteria = () => {
    const out = {}
    for (const name of param.dependsOn || []) {
      const value = state.form?.read(name)
      if (value !== undefined) out[name] = value
    }
    return out
  }

  const missingDependencies = () => (param.dependsOn || []).filter((name) => state.form?.read(name) === undefined)

  const show = (open) => {
    panel.hidden = !open
    input.setAttribute('aria-expanded', String(open))
    if (!open) highlight(-1)
  }

  // Keyboard: ArrowDown/ArrowUp move through the items, Enter picks, Escape closes.
  let active = -1
  const options = () => [...list.querySelectorAll('.dictionary-item')]
  const highlight = (index) => {
    const items = options()
    active = items.length ? Math.max(-1, Math.min(index, items.length - 1)) : -1
    items.forEach((item, position) => item.classList.toggle('active', position === active))
    if (active >= 0) {
      items[active].scrollIntoView({ block: 'nearest' })
      input.setAttribute('aria-activedescendant', items[active].id)
    } else input.removeAttribute('aria-activedescendant')
  }

  const choose = (item) => {
    selected = { label: String(item.label ?? item.value), value: item.value }
    input.value = selected.label
    picked.textContent = String(item.value) !== selected.label ? `value: ${item.value}` : ''
    input.dispatchEvent(new Event('change', { bubbles: true }))
    show(false)
  }

  const load = async (append) => {
    clearTimeout(timer)
    const ticket = ++request
    const missing = missingDependencies()
    if (missing.length) {
      list.replaceChildren(
        h('li', { class: 'dictionary-note', text: `Fill in ${missing.map((name) => state.form.labelOf(name)).join(', ')} first.` }),
      )
      footer.replaceChildren()
      show(true)
      return
    }
    if (!append) {
      cursor = null
      list.replaceChildren(h('li', { class: 'dictionary-note', text: 'Loading…' }))
    }
    footer.replaceChildren(append ? h('span', { class: 'muted small', text: 'Loading more…' }) : '')
    show(true)
    const search = selected && input.value === selected.label ? '' : input.value.trim()
    const payload = { search: search || undefined, cursor: append ? cursor : undefined, criteria: criteria() }
    const result = await api('/api/invoke', {
      method: 'POST',
      body: { method: param.dictionary, connectionId: $(fields.connectionSelectId || 'connection-select').value, args: [payload] },
    })
    // Closed (blur, Escape, a pick) or overtaken by a newer search while this one ran.
    if (ticket !== request || document.activeElement !== input) return
    if (!append) list.replaceChildren()
    if (!result.ok) {
      if (!append) list.replaceChildren()
      list.append(h('li', { class: 'dictionary-note error', text: errorText(result.error) }))
      footer.replaceChildren()
      return
    }
    const items = Array.isArray(result.result?.items) ? result.result.items : []
    if (!append && items.length === 0)
      list.append(
        h('li', {
          class: 'dictionary-note',
          text: search ? `Nothing in the list matches “${search}”; the typed value is sent as it is.` : 'Nothing to choose from.',
        }),
      )
    for (const item of items) {
      list.append(
        h(
          'li',
          {
            role: 'option',
            id: `${id}-option-${++optionSequence}`,
            class: 'dictionary-item',
            tabindex: '-1',
            onmousedown: (event) => event.preventDefault(),
            onclick: () => choose(item),
          },
          h('span', { class: 'item-label', text: String(item.label ?? item.value) }),
          item.note ? h('span', { class: 'item-note', text: String(item.note) }) : null,
        ),
      )
    }
    cursor = result.result?.cursor ?? null
    const count = options().length
    footer.replaceChildren(h('span', { class: 'muted small', text: count ? `${count} shown` : '' }))
    if (cursor !== null && cursor !== undefined && cursor !== '') {
      footer.append(
        h('button', {
          type: 'button',
          class: 'button small subtle',
          onmousedown: (event) => event.preventDefault(),
          onclick: () => load(true),
          text: 'Load more',
        }),
      )
    }
  }

  input.addEventListener('focus', () => load(false))
  input.addEventListener('input', () => {
    selected = null
    picked.textContent = ''
    highlight(-1) // Enter must not pick from the list of the previous search while the new one runs
    list.querySelectorAll('.dictionary-item').forEach((item) => item.remove())
    clearTimeout(timer)
    timer = setTimeout(() => load(false), 250)
  })
  input.addEventListener('blur', () => {
    clearTimeout(timer)
    request++ // a search still running must not reopen the panel
    // Late enough for a click on an item to land; not when the focus came back meanwhile.
    setTimeout(() => document.activeElement !== input && show(false), 150)
  })
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault()
      clearTimeout(timer)
      request++
      show(false)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (panel.hidden) load(false)
      else highlight(active + (event.key === 'ArrowDown' ? 1 : -1))
    } else if (event.key === 'Enter' && !panel.hidden && active >= 0) {
      event.preventDefault() // pick the item instead of submitting the form
      options()[active].click()
    }
  })

  return {
    kind: 'DICTIONARY',
    element: wrapper,
    clear() {
      selected = null
      input.value = ''
      picked.textContent = ''
    },
    read: () => (selected && input.value === selected.label ? selected.value : input.value.trim() === '' ? undefined : input.value.trim()),
  }
}

async function invoke(event) {
  event.preventDefault()
  const operation = state.operation
  if (!operation) return
  const { args, valid } = state.form.collect()
  if (!valid) {
    $('form-status').textContent = 'Fix the highlighted fields, then invoke again.'
    return
  }
  const button = $('invoke-button')
  button.disabled = true
  button.classList.add('busy')
  $('form-status').textContent = 'Invoking…'
  $('result-status').replaceChildren(h('span', { class: 'status-pill refreshing', text: 'Running…' }))
  $('result-status').dataset.state = 'running'
  $('result').classList.add('stale')
  const result = await api('/api/invoke', {
    method: 'POST',
    body: { method: operation.method, connectionId: $('connection-select').value, args },
  })
  button.disabled = false
  button.classList.remove('busy')
  $('form-status').textContent = ''
  $('result').classList.remove('stale')
  const status = $('result-status')
  status.dataset.state = 'done'
  const duration = typeof result.durationMs === 'number' ? h('span', { class: 'muted small', text: `${result.durationMs} ms` }) : null
  const answeredBy = result.runtime ? h('span', { class: 'muted small result-runtime', text: `answered by ${result.runtime}` }) : null
  if (result.ok) {
    status.replaceChildren(h('span', { class: 'status-pill active', text: 'Success' }), resultSummary(result.result), duration, answeredBy)
    renderJson($('result'), result.result)
  } else {
    const error = result.error || {}
    const codes = [
      typeof error.code === 'number' ? `Code ${error.code}` : null,
      typeof error.httpStatusCode === 'number' && error.httpStatusCode > 0 ? `HTTP ${error.httpStatusCode}` : null,
    ].filter(Boolean)
    status.replaceChildren(h('span', { class: 'status-pill reconnect_required', text: 'Error' }), duration, answeredBy)
    $('result').replaceChildren(
      h(
        'div',
        { class: 'error-result', role: 'alert' },
        codes.length ? h('div', { class: 'error-code', text: codes.join(' · ') }) : null,
        h('div', { class: 'error-message', text: error.message || 'The invocation failed.' }),
      ),
    )
  }
  loadConnections()
}

/**
 * "3 items · more pages" for a list result (an array, or a page: an object whose `items` is an
 * array), so a long list says how long it is. One object with array fields (a repository's
 * topics) is not a list: it gets no count.
 */
function resultSummary(value) {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray(value.items) ? value.items : undefined
  if (!list) return null
  const more = value && !Array.isArray(value) && ['cursor', 'nextCursor'].some((key) => value[key] !== null && value[key] !== undefined)
  const text = `${list.length} item${list.length === 1 ? '' : 's'}${more ? ' · more pages (cursor)' : ''}`
  return h('span', { class: 'result-summary small', text })
}

// ---------------------------------------------------------------------------------------
// Triggers: a block started on a connection, as a flow's first block

const TRIGGER_KINDS = { REALTIME_TRIGGER: 'Realtime (webhook)', POLLING_TRIGGER: 'Polling' }

function triggerOperations() {
  return state.service.operations.filter((operation) => TRIGGER_KINDS[operation.kind])
}

function renderTriggerSelect() {
  const triggers = triggerOperations()
  $('triggers-card').hidden = triggers.length === 0
  if (triggers.length === 0) return
  const select = $('trigger-select')
  select.replaceChildren(
    ...Object.entries(TRIGGER_KINDS).map(([kind, title]) =>
      h(
        'optgroup',
        { label: title },
        triggers
          .filter((operation) => operation.kind === kind)
          .map((operation) => h('option', { value: operation.method, text: operation.name })),
      ),
    ),
  )
  selectTrigger(select.value)
}

function selectTrigger(method) {
  const operation = triggerOperations().find((item) => item.method === method)
  state.trigger = operation || null
  if (!operation) return
  $('trigger-summary').replaceChildren(
    h(
      'div',
      { class: 'operation-heading' },
      h('h3', { text: operation.name }),
      h('span', { class: `kind kind-${operation.kind.toLowerCase()}`, text: TRIGGER_KINDS[operation.kind] }),
    ),
    h('p', { class: 'operation-description', text: operation.description }),
  )
  state.triggerForm = buildForm(operation, 'trigger-connection-select')
  $('trigger-params').replaceChildren(...state.triggerForm.elements)
  if (state.triggerForm.elements.length === 0)
    $('trigger-params').append(h('p', { class: 'muted small', text: 'This trigger has no parameters.' }))
  $('trigger-interval-field').hidden = operation.kind !== 'POLLING_TRIGGER'
  $('trigger-status').textContent = ''
}

async function startTrigger(event) {
  event.preventDefault()
  const operation = state.trigger
  if (!operation) return
  const { args, valid } = state.triggerForm.collect()
  if (!valid) {
    $('trigger-status').textContent = 'Fix the highlighted fields, then start again.'
    return
  }
  const connectionId = $('trigger-connection-select').value
  if (!connectionId) {
    $('trigger-status').textContent = 'Log in first: a trigger runs on a connection.'
    return
  }
  const params = {}
  operation.params.forEach((param, index) => {
    if (args[index] !== null && args[index] !== undefined && args[index] !== '') params[param.name] = args[index]
  })
  const interval = Number($('trigger-interval').value)
  const button = $('trigger-start')
  button.disabled = true
  $('trigger-status').textContent = 'Starting…'
  const result = await api('/api/triggers', {
    method: 'POST',
    body: {
      method: operation.method,
      connectionId,
      params,
      ...(operation.kind === 'POLLING_TRIGGER' && interval > 0 && { intervalSeconds: interval }),
    },
  })
  button.disabled = false
  if (result.error) $('trigger-status').textContent = result.error.message
  else if (!result.ok) $('trigger-status').textContent = `Started, but failing: ${result.run?.error?.message || 'see the run below.'}`
  else
    $('trigger-status').textContent =
      `Running. ${operation.kind === 'POLLING_TRIGGER' ? 'The first poll records where things stand; new events fire from the next one.' : 'Waiting for GitHub to deliver events.'}`
  await loadTriggerRuns()
}

async function loadTriggerRuns() {
  if ($('triggers-card').hidden) return
  const data = await api('/api/triggers')
  if (!Array.isArray(data.runs)) return
  const snapshot = JSON.stringify(data.runs)
  if (snapshot === state.runsSnapshot) return // keeps open event details while nothing changed
  state.runsSnapshot = snapshot
  $('trigger-count').textContent = data.runs.length ? `${data.runs.length} running` : ''
  const list = $('trigger-runs')
  if (data.runs.length === 0) {
    list.replaceChildren(h('li', { class: 'empty', text: 'No trigger running. Pick one above and start it on a connection.' }))
    return
  }
  list.replaceChildren(...data.runs.map(triggerRunItem))
}

function triggerRunItem(run) {
  const connection = state.connections.find((item) => item.id === run.connectionId)
  const params = Object.entries(run.params)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ')
  const pill =
    run.status === 'running'
      ? h('span', { class: 'status-pill active', text: 'Running' })
      : h('span', { class: 'status-pill reconnect_required', text: 'Failing' })
  const actions = h(
    'div',
    { class: 'run-actions' },
    run.kind === 'POLLING_TRIGGER'
      ? h('button', {
          type: 'button',
          class: 'button small',
          text: 'Poll now',
          onclick: (event) => triggerAction(run, 'poll', event.target),
        })
      : null,
    h('button', {
      type: 'button',
      class: 'button small danger',
      text: 'Stop',
      onclick: (event) => triggerAction(run, 'stop', event.target),
    }),
  )
  return h(
    'li',
    { class: 'trigger-run', 'data-run': run.id, 'data-method': run.method },
    h(
      'div',
      { class: 'run-head' },
      h('strong', { text: run.label }),
      pill,
      h('span', {
        class: 'muted small',
        text: `${TRIGGER_KINDS[run.kind]}${run.intervalSeconds ? ` every ${run.intervalSeconds} s` : ''} · ${connection ? connection.identityName : 'connection removed'}`,
      }),
      actions,
    ),
    params ? h('div', { class: 'muted small run-params', text: params }) : null,
    run.error ? h('div', { class: 'notice error', role: 'alert', text: run.error.message }) : null,
    h(
      'div',
      { class: 'muted small' },
      `${run.fired.length} event${run.fired.length === 1 ? '' : 's'} fired${run.lastCheckAt ? ` · last activity ${formatClock(run.lastCheckAt)}` : ''}`,
    ),
    h(
      'ol',
      { class: 'fired-events' },
      run.fired.map((event, index) => {
        const pre = h('pre', { class: 'json' })
        renderJson(pre, event.data)
        return h(
          'li',
          { class: 'fired-event' },
          h('details', { open: index === 0 }, h('summary', { text: `${formatClock(event.at)} · ${eventTitle(event.data)}` }), pre),
        )
      }),
    ),
  )
}

/** "issues opened #12", "PushEvent", or the item's title: enough to tell events apart in the list. */
function eventTitle(data) {
  if (!data || typeof data !== 'object') return 'event'
  const parts = [data.githubEvent, data.action, data.type].filter((part) => typeof part === 'string')
  const number = data.issue?.number ?? data.pull_request?.number ?? data.number
  if (typeof number === 'number') parts.push(`#${number}`)
  const title = data.issue?.title ?? data.pull_request?.title ?? data.title ?? data.name
  if (typeof title === 'string') parts.push(title)
  return parts.join(' ') || 'event'
}

async function triggerAction(run, action, button) {
  button.disabled = true
  const result =
    action === 'stop'
      ? await api(`/api/triggers/${run.id}`, { method: 'DELETE' })
      : await api(`/api/triggers/${run.id}/poll`, { method: 'POST', body: {} })
  if (result.error) toast(errorText(result.error), 'error')
  else if (action === 'stop') toast(`${run.label} stopped.`)
  state.runsSnapshot = null
  await loadTriggerRuns()
}

// ---------------------------------------------------------------------------------------
// Which runtime answers: in-process, a debug session (npm run debug) or the deployed code (npm run deploy)

function renderRuntime(runtime) {
  const element = $('runtime')
  if (!runtime) return
  element.hidden = false
  element.dataset.kind = runtime.kind
  element.replaceChildren(
    h(
      'span',
      { class: 'runtime-inner' },
      h('span', { class: 'runtime-label', text: 'Runtime:' }),
      h('strong', { class: 'runtime-name', text: runtime.label }),
      runtime.note ? h('span', { class: 'runtime-note', text: runtime.note }) : null,
    ),
  )
}

async function refreshRuntime() {
  const data = await api('/api/state')
  if (data && data.runtime) renderRuntime(data.runtime)
}

// ---------------------------------------------------------------------------------------

async function start() {
  const data = await api('/api/state')
  if (data.signedOut) return
  state.service = data.service
  state.environment = data.environment
  state.callbackUrl = data.callbackUrl
  renderEnvironment()
  renderRuntime(data.runtime)
  renderService()
  renderOperations()
  renderOperationSelect()
  renderTriggerSelect()
  $('operation-select').addEventListener('change', (event) => selectOperation(event.target.value))
  $('trigger-select').addEventListener('change', (event) => selectTrigger(event.target.value))
  $('trigger-form').addEventListener('submit', startTrigger)
  $('invoke-form').addEventListener('submit', invoke)
  $('login-button').addEventListener('click', login)
  await loadConnections()
  await loadTriggerRuns()
  setInterval(loadTriggerRuns, 2000)
  setInterval(updateCountdowns, 1000)
  setInterval(loadConnections, 3000)
  setInterval(refreshRuntime, 3000)
  document.body.dataset.ready = 'true'
}

start().catch((error) => {
  document.body.prepend(h('div', { class: 'notice error', text: `The console could not load: ${error.message}` }))
})
