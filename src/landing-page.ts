import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What a browser sees at GET /graphql: a short page of our own that points to the
 * bundled explorer, instead of Apollo's, which loads its sandbox from Apollo's CDN and
 * shows nothing on a machine without internet.
 */
export function landingPagePointingToExplorer(graphiql: boolean): ApolloServerPlugin {
  const explorer = graphiql
    ? '<p>试一试：打开 <a href="/graphiql">API 浏览器（GraphiQL）</a>，其中有全部契约查询示例和完整的字段文档。<br>Explore it in <a href="/graphiql">GraphiQL</a>: every contract operation as an example, and the schema documentation.</p>'
    : '<p>本服务未开启 API 浏览器（设置 <code>GRAPHIQL=true</code> 可开启）。The explorer at /graphiql is off on this server (set <code>GRAPHIQL=true</code>).</p>';
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>chain-atlas GraphQL API</title>
<style>body{font:16px/1.6 system-ui,"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;color:#1c2430}a{color:#0b5cad}code{background:#eef2f7;padding:0 .25em;border-radius:3px}</style>
</head><body>
<h1>chain-atlas GraphQL API</h1>
<p>这里是产业链图谱的 GraphQL 接口：请用 POST 发送 <code>application/json</code> 格式的查询。This is the GraphQL endpoint: POST <code>application/json</code> queries here.</p>
${explorer}
<p>招商人员请使用 <a href="/">产业链图谱网页</a>。Officers: <a href="/">the web app</a>.</p>
</body></html>`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
