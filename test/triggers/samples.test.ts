import { buildSamples } from '../../scripts/trigger-samples'
import { SAMPLES } from '../../src/github/triggers/samples'
import { REALTIME_TRIGGERS } from '../../src/github/triggers/events'
import { POLLING_TRIGGERS } from '../../src/github/triggers/polling'

describe('trigger samples', () => {
  it('are what scripts/trigger-samples.ts builds from @octokit/webhooks-examples (regenerate with --write)', () => {
    expect(SAMPLES).toEqual(buildSamples())
  })

  it('exist for every trigger block and hold no API url templates', () => {
    const methods = [...REALTIME_TRIGGERS, ...POLLING_TRIGGERS].map((t) => t.method).sort()
    expect(Object.keys(SAMPLES).sort()).toEqual(methods)
    expect(JSON.stringify(SAMPLES)).not.toMatch(/"[a-z_]+_url":"https:\/\/api\.github\.com/)
  })

  it('realtime samples carry the delivery id and the GitHub event the block listens to', () => {
    for (const t of REALTIME_TRIGGERS) {
      expect(t.sample.deliveryId).toEqual(expect.any(String))
      expect(t.githubEvents).toContain(t.sample.githubEvent)
    }
  })
})
