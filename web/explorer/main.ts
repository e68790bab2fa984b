// The API explorer at /graphiql: GraphiQL bundled by the service, so it works offline.
// The contract operations open as tabs with working variables; the docs come from the
// printed schema, so they are browsable even where introspection is off.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { sdl, tabs } from 'virtual:explorer-data';
import './explorer.css';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

// GraphiQL 5 fills the editors of a first visit from `initial*` props, not from the first of
// `defaultTabs` (so the first tab would open without its variables). On a first visit, with
// no tabs stored yet, those props repeat the first tab; later visits restore what was stored.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;
const first = firstVisit
  ? { initialQuery: tabs[0]?.query, initialVariables: tabs[0]?.variables, initialHeaders: tabs[0]?.headers }
  : {};

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    schema: buildSchema(sdl),
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    ...first,
  }),
);
