// Judge calibrations against ground truth (issue 13 item 3), looked up by task, judge model and prompt version.
CREATE CONSTRAINT judge_calibration_id IF NOT EXISTS FOR (n:JudgeCalibration) REQUIRE n.id IS UNIQUE;
CREATE INDEX judge_calibration_lookup IF NOT EXISTS FOR (n:JudgeCalibration) ON (n.task, n.judgeModelId, n.promptVersion);
