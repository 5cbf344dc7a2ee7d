// The newest judge calibration per task, judge model and prompt version (issue 13's `navab eval judge`): accuracy
// against ground-truth labels with its interval, and the number of pairs.
MATCH (calibration:JudgeCalibration)
WITH calibration ORDER BY calibration.at DESC
WITH calibration.task AS task, calibration.judgeModelId AS judgeModelId, calibration.promptVersion AS promptVersion,
  head(collect(calibration)) AS latest
RETURN task, judgeModelId, promptVersion, latest.accuracy AS accuracy, latest.low AS low, latest.high AS high,
  latest.n AS n, toString(latest.at) AS at
ORDER BY task, judgeModelId, promptVersion;
