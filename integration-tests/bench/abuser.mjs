/**
 * The abusing client of `pnpm bench:edge`, in a worker thread of its own so that its own work
 * (building requests, reading answers) does not run on the gateway's event loop: `concurrency`
 * requests in flight from `localAddress`, cycling through `queries`, until told "stop"; then it
 * posts how many answers of each HTTP status it got.
 */
import { Agent, request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const { url, localAddress, queries, concurrency } = workerData;
const agent = new Agent({ keepAlive: true, localAddress });
const statuses = {};
let stop = false;

function post(query) {
  return new Promise((resolve, reject) => {
    const call = request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json" } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    call.on("error", reject);
    call.end(JSON.stringify({ query }));
  });
}

const loops = Array.from({ length: concurrency }, async (_, i) => {
  while (!stop) {
    const status = await post(queries[i % queries.length]);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
});

parentPort.on("message", async (message) => {
  if (message !== "stop") return;
  stop = true;
  await Promise.all(loops);
  agent.destroy();
  parentPort.postMessage(statuses);
});
parentPort.postMessage("ready");
