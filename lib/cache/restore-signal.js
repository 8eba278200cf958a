// @ts-check
// `npm run restore` runs in its own process and writes the live database under a running server,
// whose caches (Next's pages and data, the front page cache) still hold pages of the old data.
// The restore touches this file when it is done; the server watches it and empties its caches.
const path = require('node:path');

/** The file beside the database that a finished restore touches. @param {string} databaseFile */
function restoreSignalPath(databaseFile) {
  return `${path.resolve(databaseFile)}.restored`;
}

module.exports = { restoreSignalPath };
