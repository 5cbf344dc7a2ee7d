// Worker thread of the UMAP layout: runs its assigned partitions of each epoch the main thread asks for,
// over the shared-memory LayoutData (see layout.ts), and answers with the epoch number when done.
import { parentPort, workerData } from "node:worker_threads";
import { partitionRandom, runPartitionEpoch, type LayoutData } from "./layout.js";

const { data, parts } = workerData as { data: LayoutData; parts: number[] };
const randoms = parts.map((part) => partitionRandom(data, part));

parentPort?.on("message", (epoch: number) => {
  parts.forEach((part, index) => runPartitionEpoch(data, part, epoch, randoms[index] as () => number));
  parentPort?.postMessage(epoch);
});
