// The topic browser: pick a nation and one of its topic maps (a topic run and scope), see the articles' 2-d
// (UMAP) positions coloured by topic, the topics' labels, keywords and review decisions; click to inspect.
/// <reference lib="dom" />
import cytoscape from "cytoscape";
import { byId, element, fill, showError } from "./dom.js";
import { graphql } from "./graphql-client.js";
import { ARTICLE, MAP, MAPS, NATIONS, TOPICS, TOPICS_OF_NATION } from "./topics-queries.js";
import { rankColour, topicLabelNodes, topicMapPoints, type TopicMapData } from "./topic-map.js";
import { chooseFromUrl } from "./url-choice.js";

interface TopicRow {
  id: string;
  rank: number | null;
  label: string | null;
  keywords: string[] | null;
  size: number | null;
  method: string | null;
  valueRelated: boolean | null;
  screeningReason: string | null;
  reviews: { decision: string; by: string; reason: string | null }[];
}

const nationPicker = byId<HTMLSelectElement>("nation");
const mapPicker = byId<HTMLSelectElement>("topic-map");
const topicList = byId("topics");
const details = byId("details");
const map = cytoscape({
  container: byId("map"),
  style: [
    { selector: "node.point", style: { width: 7, height: 7, "background-color": "data(colour)", "border-width": 0 } },
    {
      selector: "node.topic-label",
      style: {
        label: "data(label)",
        "font-size": 14,
        "font-weight": "bold",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "text-outline-color": "#fff",
        "text-outline-width": 2,
      },
    },
    { selector: "node.faded", style: { opacity: 0.15 } },
    { selector: "node:selected", style: { width: 14, height: 14, "border-width": 2, "border-color": "#000" } },
  ],
});

const fail = (error: unknown) => showError(details, error);

async function loadNations(): Promise<void> {
  const data = await graphql<{ nations: { code: string; name: string | null }[] }>(NATIONS);
  fill(
    nationPicker,
    ...data.nations.map((nation) => element("option", { value: nation.code }, `${nation.code} ${nation.name ?? ""}`)),
  );
  chooseFromUrl(nationPicker, "nation");
  await loadMaps();
}

async function loadMaps(): Promise<void> {
  const data = await graphql<{ topicMaps: { id: string; scope: string | null; createdAt: string | null }[] }>(MAPS, {
    nation: nationPicker.value,
  });
  fill(
    mapPicker,
    ...data.topicMaps.map((topicMap) =>
      element(
        "option",
        { value: topicMap.id },
        `${topicMap.scope ?? topicMap.id} · ${topicMap.createdAt?.slice(0, 16) ?? ""}`,
      ),
    ),
  );
  if (data.topicMaps.length > 0) return showMap(mapPicker.value);
  map.elements().remove();
  fill(details, element("p", {}, "No 2-d topic map stored for this nation yet; listing its topics."));
  const topics = await graphql<{ topics: TopicRow[] }>(TOPICS_OF_NATION, { nation: nationPicker.value });
  listTopics(topics.topics);
}

async function showMap(id: string): Promise<void> {
  const data = await graphql<{ topicMaps: TopicMapData[] }>(MAP, { id });
  const topicMap = data.topicMaps[0];
  if (topicMap === undefined) return fail(new Error(`topic map ${id} not found`));
  const topics =
    topicMap.runId !== null && topicMap.scope !== null
      ? (await graphql<{ topics: TopicRow[] }>(TOPICS, { runId: topicMap.runId, scope: topicMap.scope })).topics
      : [];
  const points = topicMapPoints(topicMap);
  map.elements().remove();
  map.add([...points, ...topicLabelNodes(points, topics)]);
  map.layout({ name: "preset" }).run();
  map.fit(undefined, 40);
  byId("map").dataset.points = String(points.length);
  listTopics(topics);
}

/** A colour dot (set through the CSSOM: the page's CSP allows no inline style attributes). */
function swatch(colour: string): HTMLElement {
  const dot = element("i", { class: "swatch" });
  dot.style.background = colour;
  return dot;
}

function listTopics(topics: TopicRow[]): void {
  fill(
    topicList,
    ...topics.map((topic) => {
      const button = element(
        "button",
        { "data-topic": topic.id },
        swatch(rankColour(topic.rank ?? -1)),
        `${topic.label ?? topic.id} (${topic.size ?? "?"})`,
      );
      button.addEventListener("click", () => showTopic(topic));
      return element("li", {}, button);
    }),
  );
}

function showTopic(topic: TopicRow): void {
  map.nodes().removeClass("faded");
  if (topic.rank !== null)
    map
      .nodes(".point")
      .filter((node) => node.data("rank") !== topic.rank)
      .addClass("faded");
  fill(
    details,
    element("h2", {}, topic.label ?? topic.id),
    element(
      "div",
      { class: "row" },
      element("span", { class: "label" }, "method"),
      `${topic.method ?? "?"} · rank ${topic.rank ?? "?"} · ${topic.size ?? "?"} articles`,
    ),
    element(
      "div",
      { class: "row" },
      element("span", { class: "label" }, "value related"),
      String(topic.valueRelated ?? "unknown"),
    ),
    topic.screeningReason ? element("p", {}, `screening: ${topic.screeningReason}`) : null,
    element("div", { class: "keywords" }, ...(topic.keywords ?? []).map((keyword) => element("span", {}, keyword))),
    element("h3", {}, "Reviews"),
    topic.reviews.length === 0
      ? element("p", {}, "none yet")
      : element(
          "ul",
          {},
          ...topic.reviews.map((review) =>
            element("li", {}, `${review.decision} by ${review.by}${review.reason ? `: ${review.reason}` : ""}`),
          ),
        ),
  );
}

map.on("tap", "node.point", (event) => {
  graphql<{ articles: { id: string; title: string | null; date: string | null; outlet: { name: string | null }[] }[] }>(
    ARTICLE,
    { id: String(event.target.data("articleId")) },
  )
    .then((data) => {
      const article = data.articles[0];
      fill(
        details,
        element("h2", {}, article?.title ?? "article"),
        element(
          "p",
          {},
          `${article?.outlet[0]?.name ?? "?"} · ${article?.date ?? ""} · topic rank ${String(event.target.data("rank"))}`,
        ),
      );
    })
    .catch(fail);
});

nationPicker.addEventListener("change", () => void loadMaps().catch(fail));
mapPicker.addEventListener("change", () => void showMap(mapPicker.value).catch(fail));
loadNations().catch(fail);
