/**
 * The service's one import of axios. `npm run build` replaces the compiled file with a minified bundle of axios and
 * the packages it needs (scripts/pack-dist.mjs), so the deployed zip carries one file instead of node_modules/axios
 * and its twenty dependencies.
 */
export { default, AxiosError, type AxiosResponse } from 'axios'
