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

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher, schema: buildSchema(sdl), defaultTabs: tabs, defaultEditorToolsVisibility: true }),
);
