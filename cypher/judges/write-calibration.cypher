// Stores one judge calibration (task, judge model, prompt version, accuracy with its interval, per-language and
// per-variant scores as JSON, every pair's outcome) and links it to its Run.
MATCH (run:Run {id: $runId})
MERGE (calibration:JudgeCalibration {id: $calibration.id})
SET calibration += $calibration, calibration.at = datetime()
MERGE (calibration)-[:PRODUCED_BY]->(run)
RETURN calibration.id AS id;
