'use strict'
// Stands in for the form-data package inside the bundled axios (scripts/pack-dist.mjs): the service never sends
// multipart bodies, and form-data would bring mime-db (180 KiB) into every deployment. Using it is a bug, said loudly.
module.exports = class FormData {
  constructor() {
    throw new Error('multipart/form-data bodies are not supported by this service (form-data is not bundled)')
  }
}
