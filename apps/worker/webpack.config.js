// Shared with the other Node process; see tools/webpack/node-app.config.js.
module.exports = require('../../tools/webpack/node-app.config.js')('worker');
