/**
 * A small docs page renderer, used only when `@storybook/addon-docs` is not installed (Storybook 9+
 * ships docs as that separate addon; without it, the autodocs "Docs" entry throws
 * "renderer is not a function"). main.ts adds the real addon automatically once it is a
 * devDependency, and then this file is not used.
 *
 * It shows what the autodocs page would: the component description, the API table (argTypes, which
 * the web-components framework builds from custom-elements.json) grouped by category, and every
 * story rendered inline (play functions do not run here, as in the real docs page).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { DocsContextProps, Parameters, StrictInputType } from 'storybook/internal/types';

const css = `
  .rf-docs { font: 14px/1.5 system-ui, sans-serif; color: #1f1f1f; max-width: 1000px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
  .rf-docs h1 { font-size: 2rem; margin: 0 0 0.5rem; }
  .rf-docs h2 { font-size: 1.25rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid #d8dde3; }
  .rf-docs h3 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
  .rf-docs .lead { white-space: pre-line; }
  .rf-docs .note { background: #f3f5f8; border-left: 4px solid #0b57d0; padding: 0.5rem 1rem; }
  .rf-docs table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
  .rf-docs th, .rf-docs td { text-align: start; vertical-align: top; border-bottom: 1px solid #e3e6ea; padding: 0.35rem 0.5rem; }
  .rf-docs th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #4a4f57; }
  .rf-docs code { font: 12px ui-monospace, monospace; background: #f3f5f8; padding: 0 0.25em; border-radius: 3px; }
  .rf-docs .story { border: 1px solid #d8dde3; border-radius: 6px; padding: 1rem; overflow: auto; }
`;

/** Backtick spans and **bold** in descriptions, as text nodes and elements (never as HTML). */
function inline(text: string | undefined): (TemplateResult | string)[] {
  return (text ?? '').split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((piece) =>
    piece.startsWith('`') ? html`<code>${piece.slice(1, -1)}</code>` : piece.startsWith('**') ? html`<strong>${piece.slice(2, -2)}</strong>` : piece,
  );
}

const summary = (value: unknown) => {
  const s = (value as { summary?: unknown } | undefined)?.summary;
  return s === undefined || s === '' ? nothing : html`<code>${String(s)}</code>`;
};

function apiTables(argTypes: Record<string, StrictInputType>) {
  const groups = new Map<string, StrictInputType[]>();
  for (const argType of Object.values(argTypes)) {
    if (argType.table?.disable) continue;
    const category = String(argType.table?.category ?? 'story');
    if (!groups.has(category)) groups.set(category, []);
    groups.get(category)!.push(argType);
  }
  return [...groups].map(
    ([category, rows]) => html`<h3>${category[0].toUpperCase() + category.slice(1)}</h3>
      <table>
        <thead><tr><th>Name</th><th>Description</th><th>Type</th><th>Default</th></tr></thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <td><code>${row.name}</code></td>
              <td>${inline(row.description)}</td>
              <td>${summary(row.table?.type)}</td>
              <td>${summary(row.table?.defaultValue)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
  );
}

const teardowns = new WeakMap<HTMLElement, (() => Promise<void>)[]>();

async function unmount(element: HTMLElement) {
  await Promise.all((teardowns.get(element) ?? []).map((teardown) => teardown()));
  teardowns.delete(element);
  render(nothing, element);
}

async function renderDocs(context: DocsContextProps, _parameters: Parameters, element: HTMLElement) {
  await unmount(element);
  const stories = context.componentStories().filter((story) => story.tags.includes('autodocs') && !story.tags.includes('!autodocs'));
  const primary = stories[0];
  if (!primary) return;
  const docs = (primary.parameters.docs ?? {}) as {
    extractComponentDescription?: (component: unknown, annotations: unknown) => string | undefined;
    description?: { component?: string };
  };
  const description = docs.extractComponentDescription?.(primary.component, { parameters: primary.parameters }) ?? '';
  render(
    html`<style>${css}</style>
      <article class="rf-docs">
        <h1>${primary.title.split('/').at(-1)}</h1>
        <p class="lead">${inline(description)}</p>
        ${docs.description?.component ? html`<p class="note">${inline(docs.description.component)}</p>` : nothing}
        <h2>API (from custom-elements.json)</h2>
        ${apiTables(primary.argTypes as Record<string, StrictInputType>)}
        <h2>Stories</h2>
        ${stories.map((story) => html`<h3 id="anchor--${story.id}">${story.name}</h3><div class="story" data-story=${story.id}></div>`)}
      </article>`,
    element,
  );
  const callbacks = {
    showMain: () => {},
    showError: ({ title, description: text }: { title: string; description: string }) => console.error(title, text),
    showException: (error: Error) => console.error(error),
  };
  teardowns.set(
    element,
    stories.map((story) =>
      context.renderStoryToElement(story, element.querySelector<HTMLElement>(`[data-story="${story.id}"]`)!, callbacks, {
        forceInitialArgs: true,
        autoplay: false,
      }),
    ),
  );
}

export class FallbackDocsRenderer {
  render = renderDocs;
  unmount = (element: HTMLElement) => void unmount(element);
}
