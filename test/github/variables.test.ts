import nock from 'nock'
import { createVariable, deleteVariable, getVariable, listVariables, updateVariable } from '../../src/github/variables'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const AT = { level: 'Repository', repository: REPO, environment: undefined, organization: undefined }
const ENV = { level: 'Environment', repository: REPO, environment: 'staging env', organization: undefined }
const ORG = { level: 'Organization', repository: undefined, environment: undefined, organization: '@octo-org' }
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

afterEach(expectAllRequestsMade)

describe('variables', () => {
  it('creates at each level on its own path; an organization variable is private unless asked', async () => {
    nock(API).post('/repos/octocat/Hello-World/actions/variables', { name: 'TARGET', value: 'a b' }).reply(201, {})
    nock(API).post('/repos/octocat/Hello-World/environments/staging%20env/variables', { name: 'TARGET', value: 'x' }).reply(201, {})
    nock(API).post('/orgs/octo-org/actions/variables', { name: 'TARGET', value: 'x', visibility: 'private' }).reply(201, {})
    nock(API).post('/orgs/octo-org/actions/variables', { name: 'TARGET', value: 'x', visibility: 'all' }).reply(201, {})

    await expect(createVariable(githubContext(), { ...AT, variableName: 'target', value: 'a b', visibility: undefined })).resolves.toEqual({
      level: 'repository',
      repository: REPO,
      environment: null,
      organization: null,
      name: 'TARGET',
      value: 'a b',
      created: true,
    })
    await expect(
      createVariable(githubContext(), { ...ENV, variableName: 'TARGET', value: 'x', visibility: undefined }),
    ).resolves.toMatchObject({
      environment: 'staging env',
    })
    await expect(createVariable(githubContext(), { ...ORG, variableName: 'TARGET', value: 'x', visibility: '' })).resolves.toMatchObject({
      organization: 'octo-org',
    })
    await expect(
      createVariable(githubContext(), { ...ORG, variableName: 'TARGET', value: 'x', visibility: 'All Repositories' }),
    ).resolves.toMatchObject({
      level: 'organization',
    })
  })

  it('a name taken: GitHub 409 becomes a conflict naming the variable', async () => {
    nock(API).post('/repos/octocat/Hello-World/actions/variables').reply(409, { message: 'Already exists - Variable already exists' })
    await expect(
      createVariable(githubContext(), { ...AT, variableName: 'TARGET', value: 'x', visibility: undefined }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('TARGET') as unknown,
    })
  })

  it('updates only what is given, and renames', async () => {
    nock(API).patch('/repos/octocat/Hello-World/actions/variables/TARGET', { name: 'DEST' }).reply(204)
    await expect(
      updateVariable(githubContext(), { ...AT, variableName: 'TARGET', newVariableName: 'dest', value: '', visibility: undefined }),
    ).resolves.toMatchObject({ name: 'DEST', updated: true })
  })

  it('gets, lists and deletes', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/environments/staging%20env/variables')
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, variables: [{ name: 'A', value: '1', created_at: 'x', updated_at: 'x' }] })
    nock(API).get('/orgs/octo-org/actions/variables/A').reply(200, { name: 'A', value: '1', visibility: 'all' })
    nock(API).delete('/repos/octocat/Hello-World/actions/variables/A').reply(204)
    await expect(listVariables(githubContext(), { ...ENV, ...page })).resolves.toMatchObject({ items: [{ name: 'A', value: '1' }] })
    await expect(getVariable(githubContext(), { ...ORG, variableName: 'a' })).resolves.toMatchObject({ value: '1' })
    await expect(deleteVariable(githubContext(), { ...AT, variableName: 'A' })).resolves.toMatchObject({ deleted: true, name: 'A' })
  })

  it.each([
    [{ ...AT, variableName: 'TARGET', newVariableName: undefined, value: undefined, visibility: undefined }, 'value'],
    [{ ...AT, variableName: 'TARGET', newVariableName: 'GITHUB_X', value: undefined, visibility: undefined }, 'newVariableName'],
    [{ ...AT, variableName: 'TARGET', newVariableName: undefined, value: 'x', visibility: 'All Repositories' }, 'visibility'],
    [{ ...ORG, variableName: 'TARGET', newVariableName: undefined, value: 'x', visibility: 'Everyone' }, 'visibility'],
    [{ ...AT, repository: undefined, variableName: 'TARGET', newVariableName: undefined, value: 'x', visibility: undefined }, 'repository'],
  ])('refuses %j before any request (%s)', async (input, parameter) => {
    await expectInvalidInput(updateVariable(githubContext(), input), parameter)
  })

  it('refuses a value over 48 KB before any request', async () => {
    await expectInvalidInput(
      createVariable(githubContext(), { ...AT, variableName: 'A', value: 'é'.repeat(25 * 1024), visibility: undefined }),
      'value',
    )
  })
})
