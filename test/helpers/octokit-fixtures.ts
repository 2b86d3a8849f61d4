import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One recorded exchange with api.github.com from @octokit/fixtures (normalized: ids and dates anonymised). */
export interface RecordedExchange {
  method: string
  path: string
  body: unknown
  status: number
  response: unknown
  headers: Record<string, string>
}

const SCENARIOS = join(__dirname, '..', '..', 'node_modules', '@octokit', 'fixtures', 'scenarios', 'api.github.com')

/** The recorded exchanges of a scenario, in the order they happened (e.g. "lock-issue"). */
export function recordedExchanges(scenario: string): RecordedExchange[] {
  return JSON.parse(readFileSync(join(SCENARIOS, scenario, 'normalized-fixture.json'), 'utf8')) as RecordedExchange[]
}

/** The index-th exchange of a scenario, failing loudly when the fixture package changed shape. */
export function recordedExchange(scenario: string, index: number, method: string, pathPrefix: string): RecordedExchange {
  const exchange = recordedExchanges(scenario)[index]
  if (!exchange || exchange.method !== method.toLowerCase() || !exchange.path.startsWith(pathPrefix)) {
    throw new Error(`@octokit/fixtures scenario ${scenario}[${index}] is not ${method} ${pathPrefix}…`)
  }
  return exchange
}
