// Mean 2-d position of a topic's articles from the x, y stored on IN_TOPIC (`this` is the Topic); [] when absent.
OPTIONAL MATCH (:Article)-[membership:IN_TOPIC]->(this)
WHERE membership.x IS NOT NULL AND membership.y IS NOT NULL
WITH avg(membership.x) AS x, avg(membership.y) AS y
RETURN CASE WHEN x IS NULL THEN [] ELSE [x, y] END AS centroid
