// The similarity thresholds of one graph build: the settings' own numbers, or — where the settings say null — the
// calibrated ones of the embedder in use (src/models/embedding/settings/thresholds.v1.json), since cosines are not
// comparable across embedders.
import { thresholdsFor } from "../../models/embedding/embedder-thresholds.js";
import type { GraphBuildOptions } from "../settings.js";

export function resolvedThresholds(options: GraphBuildOptions, statementEmbedderId: string, articleEmbedderId: string) {
  const statement = thresholdsFor(statementEmbedderId);
  const article = thresholdsFor(articleEmbedderId);
  const sameValue = {
    candidateThreshold: options.sameValue.candidateThreshold ?? statement.candidate,
    acceptThreshold: options.sameValue.acceptThreshold ?? statement.accept,
  };
  const semantic = options.semantic.threshold ?? article.semantic;
  const description = `statement ${sameValue.candidateThreshold}/${sameValue.acceptThreshold} (${options.sameValue.acceptThreshold === null ? `${statement.entry}@${statement.version}` : "settings"}), semantic ${semantic} (${options.semantic.threshold === null ? `${article.entry}@${article.version}` : "settings"})`;
  return { sameValue, semantic, description };
}
