'use strict'
/* global window, document -- runs in the browser */

// The OAuth2 callback page: hands the outcome to the console window that opened the login popup, then closes.
;(function () {
  const data = JSON.parse(document.getElementById('oauth-result').textContent)
  if (window.opener && !window.opener.closed) {
    window.opener.postMessage(data, window.location.origin)
    // The console shows the outcome (and a refused login's reason); this window has done its job.
    setTimeout(() => window.close(), 600)
  }
})()
