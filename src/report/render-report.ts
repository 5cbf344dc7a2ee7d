// Renders the report page from a list of sections: each loads its own data; absent data renders "not run" with
// what produces it, and a section that fails to load renders its error instead of hiding the others.
import { escapeHtml, page } from "./html.js";
import type { ReportContext, ReportSection } from "./section.js";

export interface RenderedSection {
  id: string;
  title: string;
  status: "shown" | "not run" | "failed";
  html: string;
}

export async function renderSection(section: ReportSection, context: ReportContext): Promise<RenderedSection> {
  const heading = `<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>`;
  try {
    const data = await section.load(context);
    if (data === undefined)
      return {
        id: section.id,
        title: section.title,
        status: "not run",
        html: `<section class="not-run" data-section="${escapeHtml(section.id)}" data-status="not run">${heading}<p>Not run in this report: produced by ${escapeHtml(section.producedBy)}.</p></section>`,
      };
    const body = section.render(data, context);
    return {
      id: section.id,
      title: section.title,
      status: "shown",
      html: `<section data-section="${escapeHtml(section.id)}" data-status="shown">${heading}${body}</section>`,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      id: section.id,
      title: section.title,
      status: "failed",
      html: `<section class="not-run" data-section="${escapeHtml(section.id)}" data-status="failed">${heading}<p>Could not build this section: ${escapeHtml(message)}</p></section>`,
    };
  }
}

export async function renderReport(
  sections: readonly ReportSection[],
  context: ReportContext,
  generatedAt = new Date(),
): Promise<{ html: string; sections: RenderedSection[] }> {
  const rendered: RenderedSection[] = [];
  for (const section of sections) rendered.push(await renderSection(section, context));
  const navigation = rendered
    .map(
      (section) => `<a href="#${escapeHtml(section.id)}">${escapeHtml(section.title.split(":")[0] ?? section.id)}</a>`,
    )
    .join("");
  const header = `<h1>navab: national-value alignment benchmark from real news</h1><p>What this run built and how it compares with the NaVAB paper (arXiv 2504.12911). Generated ${escapeHtml(generatedAt.toISOString())}. Auditor UI: <a href="${escapeHtml(context.serveUrl)}/ui/auditor.html">${escapeHtml(context.serveUrl)}</a> (after <code>npx navab serve</code>).</p>`;
  return {
    html: page("navab report", header, navigation, rendered.map((section) => section.html).join("\n")),
    sections: rendered,
  };
}
