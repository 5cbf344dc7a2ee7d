// Cytoscape style of the auditor graph: stance colours (support green, oppose orange), deactivated statements
// and inactive links dashed red, articles as labelled compound boxes, the cycle as a dark diamond.
import type { StylesheetJson } from "cytoscape";

export const graphStyle: StylesheetJson = [
  { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "wrap", "text-max-width": "110px" } },
  {
    selector: "node.article",
    style: {
      "background-color": "#eef2f7",
      "border-color": "#8a99ad",
      "border-width": 1,
      "text-valign": "top",
      shape: "round-rectangle",
      padding: "18px",
    },
  },
  { selector: "node.statement", style: { width: 26, height: 26, "text-valign": "bottom" } },
  { selector: "node.stance-support", style: { "background-color": "#2e9e5b" } },
  { selector: "node.stance-oppose", style: { "background-color": "#e07b24" } },
  { selector: "node.stance-unknown", style: { "background-color": "#9aa3ad" } },
  {
    selector: "node.deactivated",
    style: { "border-color": "#d11f1f", "border-width": 3, "border-style": "dashed", opacity: 0.75 },
  },
  { selector: "node.cycle", style: { shape: "diamond", "background-color": "#33384d", width: 22, height: 22 } },
  { selector: "node:selected", style: { "overlay-color": "#1f6feb", "overlay-opacity": 0.25 } },
  {
    selector: "edge",
    style: {
      width: 2,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      label: "data(label)",
      "font-size": 8,
      "text-rotation": "autorotate",
    },
  },
  { selector: "edge.link", style: { "line-color": "#6c7a89", "target-arrow-color": "#6c7a89" } },
  {
    selector: "edge.inactive",
    style: { "line-color": "#d11f1f", "target-arrow-color": "#d11f1f", "line-style": "dashed" },
  },
  {
    selector: "edge.deactivated-edge",
    style: { "line-color": "#d11f1f", "target-arrow-color": "#d11f1f", "line-style": "dashed", width: 1.5 },
  },
];
