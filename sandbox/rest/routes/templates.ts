import type { components } from '@octokit/openapi-types'
import { notFound, type Router } from '../http'
import type { World } from '../world'

/** A few of GitHub's .gitignore templates (https://github.com/github/gitignore), abbreviated for the sandbox. */
export const GITIGNORE_TEMPLATES: Record<string, string> = {
  Go: '# Go (sandbox template)\n*.exe\n*.test\n*.out\nvendor/\n',
  Java: '# Java (sandbox template)\n*.class\n*.jar\ntarget/\n',
  Node: '# Node (sandbox template)\nnode_modules/\nnpm-debug.log*\ndist/\n.env\n',
  Python: '# Python (sandbox template)\n__pycache__/\n*.py[cod]\n.venv/\ndist/\n',
  Ruby: '# Ruby (sandbox template)\n*.gem\n.bundle/\nvendor/bundle/\n',
  Rust: '# Rust (sandbox template)\n/target/\nCargo.lock\n',
}

/** A few of GitHub's license templates (https://docs.github.com/en/rest/licenses/licenses). */
export const LICENSES: { key: string; name: string; spdx: string }[] = [
  { key: 'agpl-3.0', name: 'GNU Affero General Public License v3.0', spdx: 'AGPL-3.0' },
  { key: 'apache-2.0', name: 'Apache License 2.0', spdx: 'Apache-2.0' },
  { key: 'bsd-2-clause', name: 'BSD 2-Clause "Simplified" License', spdx: 'BSD-2-Clause' },
  { key: 'bsd-3-clause', name: 'BSD 3-Clause "New" or "Revised" License', spdx: 'BSD-3-Clause' },
  { key: 'gpl-3.0', name: 'GNU General Public License v3.0', spdx: 'GPL-3.0' },
  { key: 'mit', name: 'MIT License', spdx: 'MIT' },
  { key: 'mpl-2.0', name: 'Mozilla Public License 2.0', spdx: 'MPL-2.0' },
  { key: 'unlicense', name: 'The Unlicense', spdx: 'Unlicense' },
]

export function licenseSimple(api: string, key: string): components['schemas']['license-simple'] | undefined {
  const license = LICENSES.find((candidate) => candidate.key === key)
  if (!license) return undefined
  return {
    key: license.key,
    name: license.name,
    spdx_id: license.spdx,
    url: `${api}/licenses/${license.key}`,
    node_id: Buffer.from(`sandbox:License:${license.key}`).toString('base64url'),
  }
}

export function templateRoutes(router: Router, world: World): void {
  const { render } = world

  /** GET /gitignore/templates: https://docs.github.com/en/rest/gitignore/gitignore#get-all-gitignore-templates */
  router.add('GET', '/gitignore/templates', () => ({ status: 200, body: Object.keys(GITIGNORE_TEMPLATES) }))

  /** GET /gitignore/templates/{name}: https://docs.github.com/en/rest/gitignore/gitignore#get-a-gitignore-template */
  router.add('GET', '/gitignore/templates/:name', (request) => {
    const name = request.params['name'] ?? ''
    const source = GITIGNORE_TEMPLATES[name]
    if (source === undefined) throw notFound()
    const template: components['schemas']['gitignore-template'] = { name, source }
    return { status: 200, body: template }
  })

  /** GET /licenses: https://docs.github.com/en/rest/licenses/licenses#get-all-commonly-used-licenses */
  router.add('GET', '/licenses', () => ({
    status: 200,
    body: LICENSES.map((license) => licenseSimple(render.api, license.key)),
  }))
}
