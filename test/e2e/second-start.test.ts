/**
 * Two `npm start` on one checkout (issue 8): the second one on the same data directory is
 * refused with what to do, instead of sharing the store and overwriting the first one's
 * connections. `platform/main.ts` in child processes (see workflow.test.ts for why); the
 * service points at a GitHub address that is never called. Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { freePort, spawnTs, temporaryDir } from './helpers/processes'

const live = {
  GITHUB_CLIENT_ID: 'Iv1.0123456789abcdef',
  GITHUB_CLIENT_SECRET: 'not-used-0123456789',
  GITHUB_SERVER_URL: 'https://github.example.test',
}

it('a second platform on the same data directory is refused and told how to run beside the first', async () => {
  const data = await temporaryDir('platform-e2e-second-')
  const port = await freePort()
  const first = await spawnTs('platform/main.ts', {
    readyPattern: /Console {3}(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/,
    env: { PORT: String(port), PLATFORM_DATA_DIR: data.path, ...live },
  })
  try {
    const failure = await spawnTs('platform/main.ts', {
      readyUrl: 'http://127.0.0.1:1/never',
      env: { PORT: String(await freePort()), PLATFORM_DATA_DIR: data.path, ...live },
    }).then(
      async ({ handle }) => {
        await handle.stop()
        return 'the second platform started'
      },
      (error: Error) => error.message,
    )
    expect(failure).toMatch(/exited with 1/)
    expect(failure).toContain(`The data directory ${data.path} is in use by another local platform (process ${first.handle.child.pid},`)
    expect(failure).toContain('Two platforms on one directory would overwrite each other’s connections, so this one did not start.')
    expect(failure).toMatch(/give it its own port and data directory: PORT=\d+ PLATFORM_DATA_DIR=\.data-\d+ npm start/)
    expect(JSON.parse(await readFile(join(data.path, 'platform.lock'), 'utf8'))).toMatchObject({ pid: first.handle.child.pid })
  } finally {
    await first.handle.stop()
    await data.remove()
  }
}, 60_000)

it('a second platform on a taken port, with its own data directory, is told the same way to run beside the first', async () => {
  const [one, two] = [await temporaryDir('platform-e2e-port-a-'), await temporaryDir('platform-e2e-port-b-')]
  const port = await freePort()
  const first = await spawnTs('platform/main.ts', {
    readyPattern: /Console {3}(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/,
    env: { PORT: String(port), PLATFORM_DATA_DIR: one.path, ...live },
  })
  try {
    const failure = await spawnTs('platform/main.ts', {
      readyUrl: 'http://127.0.0.1:1/never',
      env: { PORT: String(port), PLATFORM_DATA_DIR: two.path, ...live },
    }).then(
      async ({ handle }) => {
        await handle.stop()
        return 'the second platform started'
      },
      (error: Error) => error.message,
    )
    expect(failure).toMatch(/exited with 1/)
    expect(failure).toContain(`Port ${port} is already in use by another local platform`)
    expect(failure).toMatch(/give it its own port and data directory: PORT=\d+ PLATFORM_DATA_DIR=\.data-\d+ npm start/)
  } finally {
    await first.handle.stop()
    await one.remove()
    await two.remove()
  }
}, 60_000)
