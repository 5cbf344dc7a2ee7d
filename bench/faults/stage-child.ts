// One process of the fault script (bench only): runs one long stage once under a given run id, on a small corpus
// slice, with the deterministic models of fake-models.ts, and prints `{"event":"start"}` when the stage begins and
// `{"event":"done"}` when it returns. The parent (kill-and-rerun.ts) SIGKILLs it at seeded random points.
//   node --import tsx bench/faults/stage-child.ts <JSON of ChildJob>
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { runEvaluation } from "../../src/evaluation/index.js";
import { ingestPath } from "../../src/ingest/ingest-path.js";
import { extractStatements } from "../../src/statements/extraction.js";
import { buildConflictGraph } from "../../src/conflicts/graph/build-conflict-graph.js";
import { reduceConflicts } from "../../src/conflicts/reduction/reduce-conflicts.js";
import { HashedNgramEmbeddingModel } from "../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../src/shared/progress.js";
import { runTopics } from "../../src/topics/stage/run-topics.js";
import { slowChat, slowScorer } from "./fake-models.js";

export type ChildJob =
  | { stage: "ingest"; runId: string; slice: string; scope: string }
  | { stage: "topics"; runId: string; outlet: string; delayMilliseconds: number }
  | { stage: "statements"; runId: string; scope: string; delayMilliseconds: number }
  | { stage: "conflicts"; runId: string; nation: string; statementRunId: string }
  | { stage: "evaluation"; runId: string; tripleRunId: string; home: string; delayMilliseconds: number };

const job = JSON.parse(process.argv[2] ?? "{}") as ChildJob;
const settings = loadSettings();
const executor = await connectDatabase(settings);
const say = (event: string) => process.stdout.write(`${JSON.stringify({ event, at: Date.now() })}\n`);
try {
  say("start");
  if (job.stage === "ingest") {
    await ingestPath(
      { path: job.slice, format: "gnad-csv", nation: "DE", outlet: "DER STANDARD", language: "de" },
      { runId: job.runId, scope: job.scope, batchSize: 20 },
      { executor, progress: silentProgress },
    );
  } else if (job.stage === "topics") {
    await runTopics(
      { outlet: job.outlet, runId: job.runId },
      {},
      {
        executor,
        models: {
          embedder: new HashedNgramEmbeddingModel(),
          chat: slowChat(job.delayMilliseconds, "fake:faults-chat"),
        },
        progress: silentProgress,
      },
    );
  } else if (job.stage === "conflicts") {
    // The conflict graph, then its reduction (run ids G and G:reduce), as `navab conflicts run` does.
    const embedder = new HashedNgramEmbeddingModel();
    await buildConflictGraph(
      { runId: job.runId, nations: [job.nation], statementRunId: job.statementRunId },
      {},
      { executor, models: { embedder, statementEmbedder: embedder }, progress: silentProgress },
    );
    await reduceConflicts({ runId: job.runId }, {}, { executor, models: {}, progress: silentProgress });
  } else if (job.stage === "statements") {
    const articles = await executor.read<{ id: string }>("testing/faults/scope-article-ids", { scope: job.scope });
    await extractStatements(
      { articleIds: articles.map((article) => article.id) },
      { runId: job.runId },
      { executor, models: { chat: slowChat(job.delayMilliseconds, "fake:faults-chat") }, progress: silentProgress },
    );
  } else {
    await runEvaluation(
      {
        runId: job.runId,
        sets: ["graph"],
        methods: ["mc", "aj"],
        graphFilter: { tripleRunId: job.tripleRunId },
        model: { id: "fake:faults-scorer" },
        folders: { home: job.home, reference: settings.reference },
      },
      { settings: { bootstrapResamples: 200, execution: { batchSize: 4 } } },
      {
        executor,
        models: {
          scorer: slowScorer(job.delayMilliseconds),
          chat: slowChat(job.delayMilliseconds, "fake:faults-chat"),
          judge: slowChat(job.delayMilliseconds, "fake:faults-judge"),
        },
        progress: silentProgress,
      },
    );
  }
  say("done");
} finally {
  await executor.close();
}
