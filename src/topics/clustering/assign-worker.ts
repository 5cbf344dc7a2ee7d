// Worker thread of sample-and-assign: holds the shared assignment model and assigns the rows of a page it is sent
// (assign-points.ts), answering with the job number.
import { parentPort, workerData } from "node:worker_threads";
import { assignRange, type AssignmentModel, type AssignmentPage } from "./assign-points.js";

const { model } = workerData as { model: AssignmentModel };

parentPort?.on("message", (job: { id: number; page: AssignmentPage; start: number; end: number }) => {
  assignRange(model, job.page, job.start, job.end);
  parentPort?.postMessage(job.id);
});
