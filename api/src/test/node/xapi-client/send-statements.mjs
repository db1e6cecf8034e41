// Sends statements to a running skillgraph with the published @xapi/xapi client and reads them back.
// Usage: node send-statements.mjs <endpoint> <key> <secret> <statements.json>
// Prints one JSON line: what the server answered to each call.
import XAPI from "@xapi/xapi";
import { readFileSync } from "node:fs";

const [endpoint, key, secret, file] = process.argv.slice(2);
const xapi = new XAPI({ endpoint, auth: XAPI.toBasicAuth(key, secret) });
const statements = JSON.parse(readFileSync(file, "utf8"));

const about = await xapi.getAbout();
const one = await xapi.sendStatement({ statement: statements[0] });
const rest = await xapi.sendStatements({ statements: statements.slice(1) });
const back = await xapi.getStatement({ statementId: one.data[0] });
let refused;
try {
  await xapi.sendStatement({ statement: { ...statements[0], verb: undefined } });
} catch (e) {
  refused = e.response ? e.response.status : String(e);
}
console.log(JSON.stringify({
  about: about.data,
  sent: one.data,
  sentMany: rest.data,
  readBack: back.data,
  refusedStatus: refused,
}));
