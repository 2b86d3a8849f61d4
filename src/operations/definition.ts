/**
 * Operations as data: each action and dictionary is declared once — its label, route, category,
 * description, requirements, parameters, sample result and implementation — and everything the
 * platform reads (the JSDoc of the contract class, src/GitHub.ts) is generated from it by
 * `npm run contract`. Nothing here knows GitHub or Backendless.
 */

/** The verbs CodeRunner's service model accepts for an operation's route (it refuses PATCH). */
export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface UiComponent {
  /** The platform's components (scripts/validate.js refuses any other). */
  readonly type:
    | 'SINGLE_LINE_TEXT'
    | 'MULTI_LINE_TEXT'
    | 'DROPDOWN'
    | 'TOGGLE'
    | 'CHECKBOX'
    | 'NUMERIC'
    | 'NUMERIC_STEPPER'
    | 'DATE_PICKER'
    | 'DATE_TIME_PICKER'
    | 'FILE_SELECTOR'
  readonly options?: { readonly values: readonly string[] }
}

/** One parameter as the platform shows it (a `@paramDef`): declared once, shared by every operation that takes it. */
export interface ParamDef<N extends string = string> {
  readonly type: 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Array<String>'
  readonly label: string
  readonly name: N
  readonly required?: boolean
  readonly dictionary?: string
  readonly dependsOn?: readonly string[]
  readonly defaultValue?: string | number | boolean
  readonly uiComponent?: UiComponent
  readonly description: string
}

/** What a connection must grant: an OAuth app scope and the matching GitHub App permission. */
export interface Requirement {
  readonly scope: string
  readonly permission: string
}

/** The values an operation's implementation receives, keyed by its parameters' names (parsed by the implementation). */
export type InputOf<P extends readonly ParamDef[]> = { [K in P[number]['name']]: unknown }

export interface Operation<C = never, P extends readonly ParamDef[] = readonly ParamDef[], R = unknown> {
  readonly kind: 'action' | 'dictionary'
  readonly label: string
  readonly route: `${HttpVerb} /${string}`
  readonly category?: string
  /** What it does, without the requirement sentence (rendered from `requires`). */
  readonly description: string
  readonly requires?: Requirement
  readonly params: P
  /**
   * The documented result the flow builder sees before a run (`@sampleResult`): shaped like the result (every field
   * it names exists there with that type; fields may be left out to keep the sample readable).
   */
  readonly sample: SampleOf<R>
  // A method signature, so that any operation can be handled as an Operation<C> (parameters are bivariant).
  run(context: C, input: InputOf<P>): Promise<R>
}

/** A sample of a result: the result's shape with every field optional, at any depth. */
export type SampleOf<R> = R extends readonly (infer Item)[] ? SampleOf<Item>[] : R extends object ? { [K in keyof R]?: SampleOf<R[K]> } : R

/** The definition as written; the result type comes from `run`, never from the sample. */
type Declared<C, P extends readonly ParamDef[], R> = Omit<Operation<C, P, R>, 'kind' | 'sample'> & { readonly sample: NoInfer<SampleOf<R>> }

/** A FlowRunner action. The parameter names are checked against the implementation's input at compile time. */
export function action<C, const P extends readonly ParamDef[], R>(declared: Declared<C, P, R>): Operation<C, P, R> {
  return { kind: 'action', ...declared }
}

/** A dictionary (values for a picker): one `payload` parameter, no requirement sentence. */
export function dictionary<C, const P extends readonly ParamDef[], R>(declared: Declared<C, P, R>): Operation<C, P, R> {
  return { kind: 'dictionary', ...declared }
}

/** The positional arguments the platform passes, as the named input the implementation reads. */
export function inputOf<P extends readonly ParamDef[]>(params: P, args: readonly unknown[]): InputOf<P> {
  const input: Record<string, unknown> = {}
  params.forEach((param, index) => {
    input[param.name] = args[index]
  })
  return input as InputOf<P>
}

/** One of an operation's parameters by name, to declare another operation with it (Update Gist takes Create Gist's). */
export function paramNamed<P extends readonly ParamDef[]>(params: P, name: P[number]['name']): P[number] {
  const found = params.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no parameter ${name}`)
  return found
}
