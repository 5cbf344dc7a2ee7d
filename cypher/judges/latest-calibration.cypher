// The latest calibration of a judge (task, judge model id, prompt version), if any.
MATCH (calibration:JudgeCalibration {task: $task, judgeModelId: $judgeModelId, promptVersion: $promptVersion})
RETURN calibration.id AS id, calibration.accuracy AS accuracy, calibration.low AS low, calibration.high AS high,
  calibration.n AS n, toString(calibration.at) AS at
ORDER BY calibration.at DESC
LIMIT 1;
